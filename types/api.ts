// The contract: every cloud function, its actions, their input and output schemas and who may call
// them. The router on the server and the service layer on the client both read this one table.
import { z } from 'zod'
import type { Access } from './roles'
import { DownloadFile } from './common'
import { OverviewInput, DistrictOverview } from './district'
import {
  AdminShop,
  AdminShopListInput,
  AdminShopPage,
  AllPostersInput,
  AwardHonourInput,
  ClaimCode,
  ClaimShopInput,
  CreateShopInput,
  ImportShopsInput,
  ImportShopsResult,
  IssueClaimCodeInput,
  MyShopsResult,
  PdfFile,
  PosterPart,
  PosterInput,
  RevokeHonourInput,
  SetCommitmentsInput,
  SetShopStatusInput,
  ShopCard,
  ShopCodeInput,
  ShopCodeResult,
  ShopGetInput,
  ShopHistory,
  ShopHistoryInput,
  ShopIdResult,
  ShopListInput,
  ShopPage,
  ShopScanInput,
  UpdateShopInput,
  UpdateShopProfileInput,
} from './shop'
import {
  CreateOrgInput,
  LinkShopsInput,
  OrgIdResult,
  OrgTree,
  SetSecretaryInput,
  UpdateOrgInput,
} from './org'
import {
  HeldRatingPage,
  HeldRatingsInput,
  MyRating,
  MyRatingInput,
  RateShopInput,
  RateShopResult,
  ReviewHeldInput,
  ReviewHeldResult,
} from './rating'
import {
  AcceptComplaintInput,
  AssignComplaintInput,
  ComplaintIdInput,
  ComplaintPage,
  ComplaintQueueInput,
  ComplaintView,
  ConfirmComplaintInput,
  FileComplaintInput,
  HandleComplaintInput,
  MyComplaintsInput,
  RejectComplaintInput,
  ReplyComplaintInput,
  ShopComplaintsInput,
  SweepResult,
  VerifyRectificationInput,
} from './complaint'
import {
  ApproveMatchedInput,
  ApproveMatchedResult,
  ApproveMemberInput,
  ChangeWorkInput,
  Coverage,
  DecisionResult,
  EraseInput,
  EraseResult,
  ImportRosterInput,
  ImportRosterResult,
  LedgerInput,
  MemberCard,
  MemberDetail,
  MemberIdInput,
  MemberQueueInput,
  MemberQueuePage,
  MineResult,
  RegistrationStatusResult,
  RejectMemberInput,
  RevokeMemberInput,
  SaveDraftInput,
  SetShowStatusInput,
  SubmitRegistrationInput,
  VerifyCardInput,
  VerifyCardResult,
} from './member'
import {
  ActivityIdInput,
  ActivityListInput,
  ActivityPage,
  ActivityQueueInput,
  ActivitySweepResult,
  ActivityView,
  CancelActivityInput,
  CancelSignUpResult,
  CertificateInput,
  CertificateResult,
  CheckInCodeResult,
  CheckInInput,
  CheckInResult,
  CheckOutAllResult,
  ConfirmHoursResult,
  ContactInput,
  ContactResult,
  CorrectionPage,
  CorrectionQueueInput,
  CreateActivityInput,
  CreateActivityResult,
  DecideCorrectionInput,
  MyActivitiesInput,
  MyActivityPage,
  MyRecordsInput,
  MyRecordsPage,
  RecordAttendanceInput,
  RequestCorrectionInput,
  Roster,
  ServiceRecord,
  SignUpResult,
  UpdateActivityInput,
  VerifyCertificateInput,
  VerifyCertificateResult,
  VolunteerFigures,
  VolunteerFiguresInput,
  VolunteerLedgerInput,
} from './activity'
import {
  MyVolunteer,
  RegisterVolunteerInput,
  VolunteerProfile,
  VolunteerSearchInput,
  VolunteerSearchResult,
  WithdrawVolunteerInput,
  WithdrawVolunteerResult,
} from './volunteer'
import { HousekeepingResult } from './housekeeping'
import { PhotoUrls, PhotoUrlsInput, UploadPhotoInput, UploadedPhoto } from './photos'
import {
  InboxListInput,
  InboxPage,
  Preferences,
  ReadMessagesInput,
  ReadMessagesResult,
  RemindResult,
  SetPreferencesInput,
  SubscribeInput,
  SubscribeResult,
} from './inbox'
import {
  ClaimWishInput,
  ConfirmWishInput,
  DispatchWishInput,
  FulfilWishInput,
  MyWishesInput,
  ProgressWishInput,
  ReleaseWishInput,
  RespondWishInput,
  ReviewWishInput,
  SaveWishDraftInput,
  SubmitWishInput,
  WishBoard,
  WishBoardInput,
  WishFigures,
  WishFiguresInput,
  WishIdInput,
  WishIdResult,
  WishListInput,
  WishPage,
  WishPoolPage,
  WishQueueInput,
  WishSuggestions,
  WishSweepResult,
  WishView,
} from './wish'
import {
  MyResourcesInput,
  PublishResourceInput,
  ResourceIdInput,
  ResourceIdResult,
  ResourceListInput,
  ResourcePage,
  ResourceQueueInput,
  ResourceView,
  ReviewResourceInput,
} from './resource'
import {
  CreateProjectInput,
  ProjectIdInput,
  ProjectIdResult,
  ProjectLinkInput,
  ProjectListInput,
  ProjectPage,
  ProjectView,
  UpdateProjectInput,
} from './project'
import { AuditFilter, AuditListInput, AuditPage } from './audit'
import { DashboardFigures, PeriodInput } from './dashboard'
import {
  ConfirmLoginInput,
  LoginRequestInput,
  LoginRequestView,
  LoginTicketInput,
  MiniProgramLink,
  MiniProgramLinkInput,
  PollLoginResult,
  RequestLoginResult,
  SignOutResult,
  WebSessionList,
} from './auth'
import {
  BootstrapInput,
  MeInput,
  Profile,
  SetAdminInput,
  UpdateProfileInput,
  UserListInput,
  UserPage,
  UserSummary,
} from './user'

export type ActionSpec = {
  input: z.ZodType
  output: z.ZodType
  access: Access
  /** One line for the API reference. */
  summary: string
  /** Writes a client may retry; the client sends an idempotency key with them. */
  idempotent?: boolean
  /**
   * An `anyone` action whose reply depends on who asks (their sign-up, their own wish, the
   * committee's wider view): the router looks up the caller's user and roles for it. Other
   * `anyone` actions are public reads and look up no user.
   */
  personal?: true
}

function defineActions<T extends Record<string, ActionSpec>>(actions: T): T {
  return actions
}

export const API = {
  user: defineActions({
    me: { input: MeInput, output: Profile, access: ['public'], summary: '当前用户的资料与角色' },
    updateProfile: {
      input: UpdateProfileInput,
      output: Profile,
      access: ['public'],
      summary: '修改昵称',
    },
    list: { input: UserListInput, output: UserPage, access: ['admin'], summary: '用户与角色列表' },
    bootstrap: {
      input: BootstrapInput,
      output: Profile,
      access: ['public'],
      summary: '首次启用：输入部署时生成的一次性启用码，成为商圈党委管理员',
    },
    setAdmin: {
      input: SetAdminInput,
      output: UserSummary,
      access: ['admin'],
      summary: '任命或免去商圈党委管理员',
    },
    uploadPhoto: {
      input: UploadPhotoInput,
      output: UploadedPhoto,
      access: ['public'],
      summary:
        '网页端上传照片（base64，不超过 700 KB，须为 JPG、PNG 或 WebP），存入云存储并返回 fileID',
    },
    photoUrls: {
      input: PhotoUrlsInput,
      output: PhotoUrls,
      access: 'anyone',
      summary: '照片的临时访问地址（网页端显示照片用；只限照片目录，不含导出文件）',
    },
  }),
  district: defineActions({
    overview: {
      input: OverviewInput,
      output: DistrictOverview,
      access: 'anyone',
      summary: '商圈概况与数据',
    },
  }),
  shop: defineActions({
    list: {
      input: ShopListInput,
      output: ShopPage,
      access: 'anyone',
      summary: '店铺列表与搜索（名称、类别、荣誉）',
    },
    get: {
      input: ShopGetInput,
      output: ShopCard,
      access: 'anyone',
      summary: '店铺诚信档案（扫码页，一次调用）',
    },
    scan: {
      input: ShopScanInput,
      output: ShopCard,
      access: 'anyone',
      summary: '解析店铺二维码并返回诚信档案；伪造或篡改的码被拒绝',
    },
    poster: {
      input: PosterInput,
      output: PdfFile,
      access: ['admin', 'merchant'],
      summary: '店铺二维码海报 PDF（A5/A4，可直接打印）',
    },
    allPosters: {
      input: AllPostersInput,
      output: PosterPart,
      access: ['admin'],
      summary:
        '全商圈店铺海报合集 PDF（每店一页），按店名分份，每份约 200 店，逐份调用（part 从 1 起）',
    },
    code: {
      input: ShopCodeInput,
      output: ShopCodeResult,
      access: ['admin', 'merchant'],
      summary: '店铺二维码（签名载荷、h5 地址、图片）',
    },
    adminGet: {
      input: ShopGetInput,
      output: AdminShop,
      access: ['admin'],
      summary: '店铺详情（含联系方式与停业店铺）',
    },
    adminList: {
      input: AdminShopListInput,
      output: AdminShopPage,
      access: ['admin'],
      summary: '店铺管理列表',
    },
    create: {
      input: CreateShopInput,
      output: ShopIdResult,
      access: ['admin'],
      summary: '新建店铺',
      idempotent: true,
    },
    update: {
      input: UpdateShopInput,
      output: ShopIdResult,
      access: ['admin'],
      summary: '修改店铺信息',
    },
    setStatus: {
      input: SetShopStatusInput,
      output: ShopIdResult,
      access: ['admin'],
      summary: '停业/恢复店铺',
    },
    importSheet: {
      input: ImportShopsInput,
      output: ImportShopsResult,
      access: ['admin'],
      summary: '从 Excel 批量导入店铺，逐行报告',
      idempotent: true,
    },
    issueClaimCode: {
      input: IssueClaimCodeInput,
      output: ClaimCode,
      access: ['admin'],
      summary: '生成一次性店铺认领码',
    },
    claim: {
      input: ClaimShopInput,
      output: ShopIdResult,
      access: ['public'],
      summary: '商户用认领码认领店铺',
    },
    mine: { input: z.object({}), output: MyShopsResult, access: ['merchant'], summary: '我的店铺' },
    updateProfile: {
      input: UpdateShopProfileInput,
      output: ShopIdResult,
      access: ['merchant'],
      summary: '修改店铺简介、营业时间、照片',
    },
    setCommitments: {
      input: SetCommitmentsInput,
      output: ShopIdResult,
      access: ['merchant'],
      summary: '设置店铺承诺（亮承诺）',
    },
    awardHonour: {
      input: AwardHonourInput,
      output: ShopIdResult,
      access: ['admin'],
      summary: '授予荣誉（党员示范店、星级党员商户、党员先锋岗）',
    },
    revokeHonour: {
      input: RevokeHonourInput,
      output: ShopIdResult,
      access: ['admin'],
      summary: '撤销荣誉',
    },
    history: {
      input: ShopHistoryInput,
      output: ShopHistory,
      access: ['admin', 'merchant'],
      summary: '诚信积分变动记录',
    },
  }),
  member: defineActions({
    mine: {
      input: z.object({}),
      output: MineResult,
      access: ['public'],
      summary: '我的党员登记（本人可见全部信息）',
    },
    saveDraft: {
      input: SaveDraftInput,
      output: RegistrationStatusResult,
      access: ['public'],
      summary: '保存登记草稿（须先同意授权）',
      idempotent: true,
    },
    submit: {
      input: SubmitRegistrationInput,
      output: RegistrationStatusResult,
      access: ['public'],
      summary: '提交党员登记待审核；退回后修改重新提交',
      idempotent: true,
    },
    withdraw: {
      input: z.object({}),
      output: RegistrationStatusResult,
      access: ['public'],
      summary: '撤回待审核的登记',
    },
    card: {
      input: z.object({}),
      output: MemberCard,
      access: ['member'],
      summary: '电子党员卡（含可供书记核验的二维码）',
    },
    setShowStatus: {
      input: SetShowStatusInput,
      output: RegistrationStatusResult,
      access: ['member'],
      summary: '亮身份：在所在店铺公开打码姓名与岗位，可随时关闭',
    },
    changeWork: {
      input: ChangeWorkInput,
      output: RegistrationStatusResult,
      access: ['member'],
      summary: '更换或离开所在店铺、修改岗位',
    },
    erase: {
      input: EraseInput,
      output: EraseResult,
      access: ['public'],
      summary: '注销：删除登记与个人信息，仅保留去标识化审核记录',
    },
    verifyCard: {
      input: VerifyCardInput,
      output: VerifyCardResult,
      access: ['admin', 'secretary'],
      summary: '核验党员卡二维码是否有效',
    },
    queue: {
      input: MemberQueueInput,
      output: MemberQueuePage,
      access: ['admin', 'secretary'],
      summary: '党员登记审核队列（书记仅见本支部），可搜索筛选',
    },
    get: {
      input: MemberIdInput,
      output: MemberDetail,
      access: ['admin', 'secretary'],
      summary: '登记详情（完整手机号、花名册比对、审核记录）',
    },
    approve: {
      input: ApproveMemberInput,
      output: DecisionResult,
      access: ['admin', 'secretary'],
      summary: '审核通过并编入党支部',
      idempotent: true,
    },
    reject: {
      input: RejectMemberInput,
      output: DecisionResult,
      access: ['admin', 'secretary'],
      summary: '退回登记并说明原因',
      idempotent: true,
    },
    revoke: {
      input: RevokeMemberInput,
      output: DecisionResult,
      access: ['admin'],
      summary: '撤销党员认证（立即从店铺页消失）',
      idempotent: true,
    },
    importRoster: {
      input: ImportRosterInput,
      output: ImportRosterResult,
      access: ['admin'],
      // Idempotent by construction (one entry per phone), and its reply names people, so it is
      // not kept in the idempotency store where 注销 could not reach it.
      summary: '导入党员花名册（Excel），用于比对待审登记；重复导入以手机号覆盖',
    },
    approveMatched: {
      input: ApproveMatchedInput,
      output: ApproveMatchedResult,
      access: ['admin'],
      summary: '一次通过与花名册一致的待审登记，编入店铺所属支部',
    },
    coverage: {
      input: z.object({}),
      output: Coverage,
      access: ['admin'],
      summary: '党员覆盖情况：找到、待审、已认证、党的工作覆盖率、各支部人数',
    },
    ledger: {
      input: LedgerInput,
      output: DownloadFile,
      access: ['admin', 'secretary'],
      summary: '导出党员台账 Excel（书记仅本支部）',
    },
  }),
  org: defineActions({
    tree: {
      input: z.object({}),
      output: OrgTree,
      access: ['admin', 'secretary'],
      summary: '党组织架构（街道党工委 → 商圈党委 → 党总支 → 党支部）',
    },
    create: {
      input: CreateOrgInput,
      output: OrgIdResult,
      access: ['admin'],
      summary: '新建党组织（上下级须符合层级）',
      idempotent: true,
    },
    update: {
      input: UpdateOrgInput,
      output: OrgIdResult,
      access: ['admin'],
      summary: '修改党组织名称或组建方式',
    },
    setSecretary: {
      input: SetSecretaryInput,
      output: OrgIdResult,
      access: ['admin'],
      summary: '任命或撤销支部书记（授予/收回书记角色）',
    },
    linkShops: {
      input: LinkShopsInput,
      output: OrgIdResult,
      access: ['admin'],
      summary: '设置党组织覆盖的店铺',
    },
  }),
  rating: defineActions({
    rate: {
      input: RateShopInput,
      output: RateShopResult,
      access: ['public'],
      summary: '评价店铺（每人每店每月一次，再次评价覆盖）',
      idempotent: true,
    },
    mine: {
      input: MyRatingInput,
      output: MyRating,
      access: ['public'],
      summary: '我本月对该店的评价',
    },
    held: {
      input: HeldRatingsInput,
      output: HeldRatingPage,
      access: ['admin'],
      summary: '待审核的集中评价',
    },
    reviewHeld: {
      input: ReviewHeldInput,
      output: ReviewHeldResult,
      access: ['admin'],
      summary: '审核集中评价：计入或舍弃',
    },
  }),
  complaint: defineActions({
    file: {
      input: FileComplaintInput,
      output: ComplaintView,
      access: ['public'],
      summary: '投诉监督（每日限额，同一店铺仅一件未办结）',
      idempotent: true,
    },
    mine: {
      input: MyComplaintsInput,
      output: ComplaintPage,
      access: ['public'],
      summary: '我的投诉与进度',
    },
    forShop: {
      input: ShopComplaintsInput,
      output: ComplaintPage,
      access: ['merchant'],
      summary: '本店收到的投诉（不显示投诉人）',
    },
    queue: {
      input: ComplaintQueueInput,
      output: ComplaintPage,
      access: ['admin'],
      summary: '投诉受理与督办队列（含逾期标记）',
    },
    get: {
      input: ComplaintIdInput,
      output: ComplaintView,
      access: ['public'],
      summary: '投诉详情与时间线（按身份显示）',
    },
    accept: {
      input: AcceptComplaintInput,
      output: ComplaintView,
      access: ['admin'],
      summary: '受理投诉并定级',
      idempotent: true,
    },
    reject: {
      input: RejectComplaintInput,
      output: ComplaintView,
      access: ['admin'],
      summary: '不予受理（须说明原因）',
      idempotent: true,
    },
    assign: {
      input: AssignComplaintInput,
      output: ComplaintView,
      access: ['admin'],
      summary: '交办：指定承办人与期限',
      idempotent: true,
    },
    reply: {
      input: ReplyComplaintInput,
      output: ComplaintView,
      access: ['merchant'],
      summary: '商户公开回复',
      idempotent: true,
    },
    handle: {
      input: HandleComplaintInput,
      output: ComplaintView,
      access: ['admin', 'merchant'],
      summary: '提交办理结果与整改情况',
      idempotent: true,
    },
    confirm: {
      input: ConfirmComplaintInput,
      output: ComplaintView,
      access: ['public'],
      summary: '投诉人确认并评价办理',
      idempotent: true,
    },
    verifyRectification: {
      input: VerifyRectificationInput,
      output: ComplaintView,
      access: ['admin'],
      summary: '核实整改（恢复诚信等级）',
      idempotent: true,
    },
    sweep: {
      input: z.object({}),
      output: SweepResult,
      access: ['admin'],
      summary: '逾期标记与 7 天自动办结（定时触发）',
    },
  }),
  inbox: defineActions({
    list: {
      input: InboxListInput,
      output: InboxPage,
      access: ['public'],
      summary: '我的消息，最新在前，附未读数',
    },
    read: {
      input: ReadMessagesInput,
      output: ReadMessagesResult,
      access: ['public'],
      summary: '把所选消息（messageIds）标为已读；不给 messageIds 或 all: true 时全部标为已读',
    },
    preferences: {
      input: z.object({}),
      output: Preferences,
      access: ['public'],
      summary: '各类消息是否推送到微信，以及对应的订阅模板',
    },
    setPreferences: {
      input: SetPreferencesInput,
      output: Preferences,
      access: ['public'],
      summary: '关闭或开启某类消息的微信推送（收件箱照常保留）',
    },
    subscribe: {
      input: SubscribeInput,
      output: SubscribeResult,
      access: ['public'],
      summary: '记录订阅消息授权（一次性模板：一次同意可推送一条）',
    },
    remind: {
      input: z.object({}),
      output: RemindResult,
      access: ['admin'],
      summary: '投诉到期提醒与每日待办汇总（定时触发）',
    },
  }),
  wish: defineActions({
    submit: {
      input: SubmitWishInput,
      output: WishIdResult,
      access: ['public'],
      summary: '提交心愿（或修改后重新提交）；每人最多 3 个未完成的心愿；党委可代录',
      idempotent: true,
    },
    saveDraft: {
      input: SaveWishDraftInput,
      output: WishIdResult,
      access: ['public'],
      summary: '保存心愿草稿（只需标题）',
      idempotent: true,
    },
    withdraw: {
      input: WishIdInput,
      output: WishView,
      access: ['public'],
      summary: '心愿人撤回尚未被认领的心愿',
      idempotent: true,
    },
    review: {
      input: ReviewWishInput,
      output: WishView,
      access: ['admin', 'secretary'],
      summary: '审核心愿：通过（进入心愿墙）、不通过或退回修改（须说明原因）；书记审本支部所辖',
      idempotent: true,
    },
    list: {
      input: WishListInput,
      output: WishPoolPage,
      access: 'anyone',
      summary: '心愿墙：已公开的心愿，最新在前，可按类别、状态筛选和搜索；附本月数字',
    },
    get: {
      input: WishIdInput,
      output: WishView,
      access: 'anyone',
      personal: true,
      summary: '心愿详情（联系电话仅认领人与党委可见）',
    },
    mine: {
      input: MyWishesInput,
      output: WishPage,
      access: ['public'],
      summary: '我的心愿，或我（本店、本支部）认领与承接的心愿',
    },
    claim: {
      input: ClaimWishInput,
      output: WishView,
      access: ['member', 'merchant', 'secretary'],
      summary:
        '认领心愿（党员本人、商户为本店、书记为本支部）；只有一人能认领成功；每人最多 3 个未完成',
      idempotent: true,
    },
    release: {
      input: ReleaseWishInput,
      output: WishView,
      access: ['member', 'merchant', 'secretary'],
      summary: '实现前退回认领（须说明原因，计入认领记录）',
      idempotent: true,
    },
    dispatch: {
      input: DispatchWishInput,
      output: WishView,
      access: ['admin'],
      summary: '派单：把待认领的心愿交给支部、商户或党员，附期限，可选用资源',
      idempotent: true,
    },
    respond: {
      input: RespondWishInput,
      output: WishView,
      access: ['member', 'merchant', 'secretary'],
      summary: '承接人接受或拒绝派单（48 小时内）',
      idempotent: true,
    },
    progress: {
      input: ProgressWishInput,
      output: WishView,
      access: ['member', 'merchant', 'secretary'],
      summary: '认领人记录进展',
    },
    fulfil: {
      input: FulfilWishInput,
      output: WishView,
      access: ['member', 'merchant', 'secretary'],
      summary: '认领人标记心愿已实现（说明与最多 6 张照片）',
      idempotent: true,
    },
    confirm: {
      input: ConfirmWishInput,
      output: WishView,
      access: ['public'],
      summary: '心愿人确认实现并评价致谢，或说明未实现（退回认领人）；代录的由党委确认',
      idempotent: true,
    },
    queue: {
      input: WishQueueInput,
      output: WishPage,
      access: ['admin', 'secretary'],
      summary: '审核队列、派单看板、逾期清单（书记仅见本支部所辖）',
    },
    suggestions: {
      input: WishIdInput,
      output: WishSuggestions,
      access: ['admin'],
      summary: '与心愿类别、地点相符且本月仍有余量的资源',
    },
    figures: {
      input: WishFiguresInput,
      output: WishFigures,
      access: ['admin'],
      summary: '心愿数据：提交、认领、实现、实现天数中位数，按支部、商户、党员',
    },
    board: {
      input: WishBoardInput,
      output: WishBoard,
      access: 'anyone',
      summary: '认领榜：按已实现的心愿数排名',
    },
    ledger: {
      input: z.object({}),
      output: DownloadFile,
      access: ['admin'],
      summary: '导出心愿台账 Excel（每个心愿及其完整时间线）',
    },
    sweep: {
      input: z.object({}),
      output: WishSweepResult,
      access: ['admin'],
      summary:
        '派单 48 小时未接受、认领逾期退回心愿墙并标记；到期前 24 小时提醒；7 天自动确认（定时触发）',
    },
  }),
  resource: defineActions({
    publish: {
      input: PublishResourceInput,
      output: ResourceIdResult,
      access: ['member', 'merchant', 'secretary'],
      summary: '发布可提供的资源（党员、商户为本店、书记为本支部），经党委审核后公开',
      idempotent: true,
    },
    withdraw: {
      input: ResourceIdInput,
      output: ResourceView,
      access: ['member', 'merchant', 'secretary'],
      summary: '撤回自己发布的资源',
    },
    review: {
      input: ReviewResourceInput,
      output: ResourceView,
      access: ['admin'],
      summary: '审核资源：通过或不通过（须说明原因）',
    },
    list: {
      input: ResourceListInput,
      output: ResourcePage,
      access: 'anyone',
      summary: '资源清单：已发布且在有效期内的资源',
    },
    mine: {
      input: MyResourcesInput,
      output: ResourcePage,
      access: ['member', 'merchant', 'secretary'],
      summary: '我（本店、本支部）发布的资源',
    },
    queue: {
      input: ResourceQueueInput,
      output: ResourcePage,
      access: ['admin'],
      summary: '资源审核与管理列表',
    },
    get: {
      input: ResourceIdInput,
      output: ResourceView,
      access: 'anyone',
      personal: true,
      summary: '资源详情',
    },
  }),
  project: defineActions({
    create: {
      input: CreateProjectInput,
      output: ProjectIdResult,
      access: ['admin'],
      summary: '新建项目（名称、目标、周期）',
      idempotent: true,
    },
    update: {
      input: UpdateProjectInput,
      output: ProjectIdResult,
      access: ['admin'],
      summary: '修改项目',
    },
    attach: {
      input: ProjectLinkInput,
      output: ProjectView,
      access: ['admin'],
      summary: '把心愿和资源纳入项目（一个心愿只属于一个项目）',
    },
    detach: {
      input: ProjectLinkInput,
      output: ProjectView,
      access: ['admin'],
      summary: '把心愿和资源移出项目',
    },
    list: {
      input: ProjectListInput,
      output: ProjectPage,
      access: 'anyone',
      summary: '项目清单与进度',
    },
    get: {
      input: ProjectIdInput,
      output: ProjectView,
      access: 'anyone',
      personal: true,
      summary: '项目详情：纳入的心愿与资源、已实现、受益人数',
    },
  }),
  activity: defineActions({
    create: {
      input: CreateActivityInput,
      output: CreateActivityResult,
      access: ['admin', 'secretary'],
      summary: '发布志愿活动（书记以本支部名义）；可每周重复 N 周，生成系列活动',
      idempotent: true,
    },
    update: {
      input: UpdateActivityInput,
      output: ActivityView,
      access: ['admin', 'secretary'],
      summary: '修改活动；已报名的志愿者都会收到通知；名额不能少于已报名人数',
      idempotent: true,
    },
    cancel: {
      input: CancelActivityInput,
      output: ActivityView,
      access: ['admin', 'secretary'],
      summary: '取消活动（须说明原因），通知所有报名和候补的志愿者',
      idempotent: true,
    },
    list: {
      input: ActivityListInput,
      output: ActivityPage,
      access: 'anyone',
      summary: '志愿活动：即将开始的（最近的在前）或已结束的，可按类别筛选',
    },
    get: {
      input: ActivityIdInput,
      output: ActivityView,
      access: 'anyone',
      personal: true,
      summary: '活动详情，附我的报名状态和我现在能做什么',
    },
    mine: {
      input: MyActivitiesInput,
      output: MyActivityPage,
      access: ['public'],
      summary: '我报名的活动（即将开始或已结束）',
    },
    led: {
      input: MyActivitiesInput,
      output: ActivityPage,
      access: ['public'],
      summary: '我负责的活动（即将开始或已结束），负责人从这里出示签到码、查看名单',
    },
    queue: {
      input: ActivityQueueInput,
      output: ActivityPage,
      access: ['admin', 'secretary'],
      summary: '活动管理列表：未开始、进行中、已结束、待确认时长、超期未确认（书记仅见本支部）',
    },
    signUp: {
      input: ActivityIdInput,
      output: SignUpResult,
      access: ['public'],
      summary:
        '报名：有名额即报名成功，满员进入候补并给出位次；同一活动只能报一次，时间重叠的活动不能同时报名',
      idempotent: true,
    },
    cancelSignUp: {
      input: ActivityIdInput,
      output: CancelSignUpResult,
      access: ['public'],
      summary: '取消报名：开始前 2 小时内取消记为临时取消；空出的名额立即由候补第 1 位递补并通知',
      idempotent: true,
    },
    checkInCode: {
      input: ActivityIdInput,
      output: CheckInCodeResult,
      access: ['public'],
      summary: '负责人出示的签到码（每 30 秒更换）',
    },
    checkIn: {
      input: CheckInInput,
      output: CheckInResult,
      access: ['public'],
      summary: '扫码签到：开始前 30 分钟至结束；有定位时须在签到范围内',
      idempotent: true,
    },
    checkOut: {
      input: CheckInInput,
      output: CheckInResult,
      access: ['public'],
      summary: '扫码签退',
      idempotent: true,
    },
    checkOutAll: {
      input: ActivityIdInput,
      output: CheckOutAllResult,
      access: ['public'],
      summary: '负责人在活动结束时为所有已签到未签退的志愿者签退',
      idempotent: true,
    },
    roster: {
      input: ActivityIdInput,
      output: Roster,
      access: ['public'],
      summary: '报名名单与出勤（负责人、党委、组织支部书记）',
    },
    contact: {
      input: ContactInput,
      output: ContactResult,
      access: ['public'],
      summary: '负责人或党委查看志愿者的完整手机号以便联系（记入审计）',
    },
    attendance: {
      input: RecordAttendanceInput,
      output: Roster,
      access: ['public'],
      summary: '负责人手工登记出勤：正常、迟到、请假、缺席，附时间与原因（记入审计）',
    },
    confirmHours: {
      input: ActivityIdInput,
      output: ConfirmHoursResult,
      access: ['public'],
      summary: '负责人确认本次活动的服务时长，生成志愿服务记录',
      idempotent: true,
    },
    myRecords: {
      input: MyRecordsInput,
      output: MyRecordsPage,
      access: ['public'],
      summary: '我的志愿服务记录、本年与累计时长、星级',
    },
    requestCorrection: {
      input: RequestCorrectionInput,
      output: ServiceRecord,
      access: ['public'],
      summary: '对服务记录申请更正（时长与原因）',
      idempotent: true,
    },
    corrections: {
      input: CorrectionQueueInput,
      output: CorrectionPage,
      access: ['public'],
      summary: '待处理的更正申请（负责人见自己负责的活动，书记另见本支部组织的，党委见全部）',
    },
    decideCorrection: {
      input: DecideCorrectionInput,
      output: ServiceRecord,
      access: ['public'],
      summary: '负责人或党委处理更正申请（记入审计）',
      idempotent: true,
    },
    certificate: {
      input: CertificateInput,
      output: CertificateResult,
      access: ['public'],
      summary: '开具志愿服务证明 PDF（全部记录或某次活动），附可验证的编号和二维码',
    },
    verifyCertificate: {
      input: VerifyCertificateInput,
      output: VerifyCertificateResult,
      access: 'anyone',
      summary: '验证志愿服务证明的真伪',
    },
    figures: {
      input: VolunteerFiguresInput,
      output: VolunteerFigures,
      access: ['admin'],
      summary: '志愿数据：活动数、志愿者、时长（按月、按类别），时长前列的志愿者与支部',
    },
    ledger: {
      input: VolunteerLedgerInput,
      output: DownloadFile,
      access: ['admin'],
      summary: '导出志愿服务台账 Excel（每条记录及国家规定的全部字段）',
    },
    sweep: {
      input: z.object({}),
      output: ActivitySweepResult,
      access: ['admin'],
      summary:
        '开始前 24 小时提醒；结束后未签到记为缺席并按规则暂停报名；超 10 个工作日未确认时长提醒党委（定时触发）',
    },
  }),
  volunteer: defineActions({
    mine: {
      input: z.object({}),
      output: MyVolunteer,
      access: ['public'],
      summary: '我的志愿者资料；尚未登记时给出预填（已认证党员带出姓名和手机号）',
    },
    register: {
      input: RegisterVolunteerInput,
      output: VolunteerProfile,
      access: ['public'],
      summary: '同意信息使用说明并登记为志愿者（真实姓名、手机号、技能、服务区域），或修改资料',
      idempotent: true,
    },
    withdraw: {
      input: WithdrawVolunteerInput,
      output: WithdrawVolunteerResult,
      access: ['public'],
      summary: '撤回同意：删除手机号等资料、取消未开始的报名，服务记录按规定保留',
      idempotent: true,
    },
    search: {
      input: VolunteerSearchInput,
      output: VolunteerSearchResult,
      access: ['admin', 'secretary'],
      summary: '按姓名查找志愿者（选择活动负责人）',
    },
  }),
  dashboard: defineActions({
    figures: {
      input: PeriodInput,
      output: DashboardFigures,
      access: ['admin'],
      summary: '数据看板：一段时间的党员发现与认证、覆盖率、投诉、诚信等级、心愿、志愿时长',
    },
    ledgers: {
      input: PeriodInput,
      output: DownloadFile,
      access: ['admin'],
      summary:
        '党建台账 Excel：汇总（与看板同数）、支部覆盖率、店铺与诚信、党员、投诉、心愿、志愿服务，每项一个工作表',
    },
    report: {
      input: PeriodInput,
      output: DownloadFile,
      access: ['admin'],
      summary: '月度工作报告 PDF：这段时间的工作小结（与上期对比）、主要数据和图表',
    },
  }),
  audit: defineActions({
    list: {
      input: AuditListInput,
      output: AuditPage,
      access: ['admin'],
      summary:
        '操作日志：党委、书记和负责人的每一项决定（谁、何时、做了什么、对象、原因），按人、类型、时段筛选',
    },
    export: {
      input: AuditFilter,
      output: DownloadFile,
      access: ['admin'],
      summary: '导出操作日志 Excel（与筛选条件一致）',
    },
  }),
  housekeeping: defineActions({
    sweep: {
      input: z.object({}),
      output: HousekeepingResult,
      access: ['admin'],
      summary:
        '清理过期的重试记录、限流计数、认领码、扫码登录请求和电脑端会话，补做中断未完成的后续通知，删除一天前生成的导出文件（定时触发）',
    },
  }),
  auth: defineActions({
    requestLogin: {
      input: z.object({}),
      output: RequestLoginResult,
      access: 'anyone',
      summary: '电脑端申请扫码登录：返回二维码，2 分钟内有效',
    },
    inspectLogin: {
      input: LoginTicketInput,
      output: LoginRequestView,
      access: ['admin', 'secretary'],
      summary: '手机扫码后查看登录请求（申请时间、浏览器），二维码只含票据',
    },
    confirmLogin: {
      input: ConfirmLoginInput,
      output: LoginRequestView,
      access: ['admin', 'secretary'],
      summary: '在手机上确认或取消电脑端登录（仅商圈党委与支部书记）',
    },
    pollLogin: {
      input: LoginRequestInput,
      output: PollLoginResult,
      access: 'anyone',
      summary: '电脑端查询登录请求；确认后仅一次返回会话令牌',
    },
    sessions: {
      input: z.object({}),
      output: WebSessionList,
      access: ['public'],
      summary: '本人已登录的电脑',
    },
    signOut: {
      input: z.object({}),
      output: SignOutResult,
      access: ['public'],
      summary: '退出当前电脑',
    },
    signOutEverywhere: {
      input: z.object({}),
      output: SignOutResult,
      access: ['public'],
      summary: '退出所有电脑',
    },
    miniProgramLink: {
      input: MiniProgramLinkInput,
      output: MiniProgramLink,
      access: 'anyone',
      summary:
        '网页端转到小程序：为评价、投诉、认领店铺、党员登记、心愿认领、活动报名页生成 URL Link（7 天内有效）',
    },
  }),
} as const

export type Api = typeof API
export type FunctionName = keyof Api
export type ActionName<F extends FunctionName> = keyof Api[F] & string
type Spec<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends ActionSpec
  ? Api[F][A]
  : never
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = z.input<
  Spec<F, A>['input']
>
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = z.output<
  Spec<F, A>['output']
>

export const FUNCTION_NAMES = Object.keys(API) as FunctionName[]

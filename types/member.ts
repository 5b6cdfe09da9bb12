// 寻党员，亮身份: a Party member's registration, its verification by the committee, the member card,
// showing one's status on the shop (亮身份), the roster import and the coverage figures.
import { z } from 'zod'
import {
  Id,
  InlineFile,
  IsoDate,
  PageQuery,
  Phone,
  TimeOrder,
  pageOf,
  enumOf,
  searchText,
  text,
} from './common'
import { shanghaiToday } from './shanghai-time'

/** Bumped when the consent text changes; a registration records the version agreed to. */
export const CONSENT_VERSION = '2026-11'

/** The separate consent for sensitive personal information, shown before any field is asked. */
export const CONSENT_TEXT = {
  title: '党员信息登记授权',
  purpose:
    '您填写的姓名、性别、手机号、入党时间、党员身份和组织关系信息属于敏感个人信息，仅用于商圈党委核实党员身份、将您纳入党支部管理和联系您参加组织生活。',
  whoSees:
    '完整信息仅商圈党委管理员和您所在支部的书记可见；公众只能看到您自愿亮明身份后的打码姓名和岗位（如“张*明 · 店长”）。手机号加密保存，列表中以 138****5678 显示。',
  withdraw:
    '您可以随时撤回登记、关闭亮身份，或在“我的党员卡”中注销，注销后您的姓名、手机号和微信身份将被全部删除，仅保留去标识化的审核记录。',
} as const

export const MEMBER_STATUS_LABELS = {
  draft: '草稿',
  pending: '待审核',
  verified: '已认证',
  rejected: '已退回',
  withdrawn: '已撤回',
  revoked: '已撤销',
} as const
export const MemberStatus = enumOf(MEMBER_STATUS_LABELS)
export type MemberStatus = z.infer<typeof MemberStatus>

/** Statuses in which the member may still edit the registration. */
export const EDITABLE_STATUSES: readonly MemberStatus[] = ['draft', 'withdrawn', 'rejected']

export const Gender = z.enum(['男', '女'], { error: '请选择性别' })
export const STANDING_LABELS = {
  full: '正式党员',
  probationary: '预备党员',
} as const
export const Standing = enumOf(STANDING_LABELS, '请选择正式或预备党员')
export type Standing = z.infer<typeof Standing>

/** How the committee counts a member found: record not transferred here (口袋), floating, transferred. */
export const MEMBER_KIND_LABELS = {
  pocket: '口袋党员',
  floating: '流动党员',
  transferred: '已转入',
} as const
export const MemberKind = enumOf(MEMBER_KIND_LABELS)
export type MemberKind = z.infer<typeof MemberKind>

export function memberKind(reg: { transferred: boolean; floating: boolean }): MemberKind {
  if (reg.transferred) return 'transferred'
  return reg.floating ? 'floating' : 'pocket'
}

export const SKILLS = [
  '理发',
  '家电维修',
  '法律咨询',
  '医疗保健',
  '教育辅导',
  '文艺演出',
  '摄影',
  '心理疏导',
  '手机电脑',
  '志愿讲解',
] as const
export const Skill = z.enum(SKILLS, { error: '请从列表中选择技能' })

/** The Party was founded on 1921-07-01; no joining date is earlier, none is in the future. */
export const FIRST_JOINING_DATE = '1921-07-01'

export const JoinedOn = z
  .string({ error: '请填写入党时间' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '入党时间格式为 YYYY-MM-DD')
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && isRealDate(d),
    '入党时间不是有效日期',
  )
  .refine((d) => d >= FIRST_JOINING_DATE, '入党时间不能早于 1921-07-01')
  .refine((d) => d <= shanghaiToday(), '入党时间不能晚于今天')

function isRealDate(d: string): boolean {
  return new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d
}

export const RealName = text(
  '请填写真实姓名',
  [2, '姓名至少 2 个字'],
  [20, '姓名最多 20 个字'],
).regex(/^[\p{Script=Han}·A-Za-z ]+$/u, '姓名只能包含汉字、字母和间隔号')

const Post = text('请填写岗位', [1], [20, '岗位最多 20 个字'])
const RecordOrg = text('请填写组织关系所在单位', [2], [60, '组织关系所在单位最多 60 个字'])

/** The registration form; `phone` is typed (h5), `phoneCode` comes from getPhoneNumber (weapp). */
export const RegistrationFields = z.object({
  realName: RealName,
  gender: Gender,
  phone: Phone.optional(),
  phoneCode: z.string().trim().min(1).max(128).optional(),
  joinedOn: JoinedOn,
  standing: Standing,
  recordOrg: RecordOrg,
  transferred: z.boolean({ error: '请选择组织关系是否已转入' }),
  floating: z.boolean({ error: '请选择是否流动党员' }),
  workShopId: Id,
  post: Post,
  skills: z.array(Skill).max(10, '最多选 10 项技能').default([]),
})

const Consent = z.literal(true, { error: '请先阅读并同意党员信息登记授权' })

/** Submitting for verification: every field, the consent, and a phone one way or the other. */
export const SubmitRegistrationInput = RegistrationFields.extend({ consent: Consent })
  // Checked even when other fields are wrong, so an empty form says 请填写手机号 with the rest.
  .refine((r) => !!(r.phone || r.phoneCode), {
    path: ['phone'],
    message: '请填写手机号',
    when: ({ value }) => {
      const v = value as { phone?: unknown; phoneCode?: unknown } | null
      return typeof v === 'object' && v !== null && !v.phone && !v.phoneCode
    },
  })
  .refine((r) => !(r.transferred && r.floating), {
    path: ['floating'],
    message: '组织关系已转入本商圈的党员不属于流动党员',
  })
export type SubmitRegistrationInput = z.input<typeof SubmitRegistrationInput>

/** A draft may be incomplete, but what it has must be valid, and consent comes first. */
export const SaveDraftInput = RegistrationFields.partial().extend({ consent: Consent })
export type SaveDraftInput = z.input<typeof SaveDraftInput>

export const RegistrationStatusResult = z.object({ status: MemberStatus })

const OrgRef = z.object({ orgId: Id, name: z.string() })
const ShopRef = z.object({ shopId: Id, name: z.string() })

/** The member's own registration: theirs, so shown in full. */
export const MyRegistration = z.object({
  status: MemberStatus,
  realName: z.string().nullable(),
  gender: Gender.nullable(),
  phone: z.string().nullable(),
  joinedOn: z.string().nullable(),
  standing: Standing.nullable(),
  recordOrg: z.string().nullable(),
  transferred: z.boolean().nullable(),
  floating: z.boolean().nullable(),
  shop: ShopRef.nullable(),
  post: z.string().nullable(),
  skills: z.array(Skill),
  branch: OrgRef.nullable(),
  rejectReason: z.string().nullable(),
  showStatus: z.boolean(),
  submittedAt: IsoDate.nullable(),
  decidedAt: IsoDate.nullable(),
})
export type MyRegistration = z.infer<typeof MyRegistration>
export const MineResult = z.object({ registration: MyRegistration.nullable() })

export const SetShowStatusInput = z.object({ show: z.boolean({ error: '请选择是否亮身份' }) })
export const ChangeWorkInput = z.object({
  /** null: no longer works in the district. */
  workShopId: Id.nullable(),
  post: Post.optional(),
})
export const EraseInput = z.object({ confirm: z.literal(true, { error: '请确认注销' }) })
export const EraseResult = z.object({ erased: z.boolean(), accountDeleted: z.boolean() })

/** The electronic member card; `code` is what its QR carries. */
export const MemberCard = z.object({
  realName: z.string(),
  standing: Standing,
  branch: OrgRef,
  shop: ShopRef.nullable(),
  post: z.string(),
  verifiedAt: IsoDate,
  code: z.string(),
  qrImage: z.string(),
})
export type MemberCard = z.infer<typeof MemberCard>

export const CardCode = z
  .string({ error: '请输入或扫描党员卡二维码' })
  .trim()
  .regex(/^M1\.[A-Za-z0-9_-]{1,64}\.\d{1,6}\.[A-Za-z0-9_-]{16}$/, '这不是有效的党员卡二维码')
export const VerifyCardInput = z.object({ code: CardCode })
export const VerifyCardResult = z.object({
  current: z.boolean(),
  /** Why a card is not current (revoked, replaced, deleted). */
  reason: z.string().nullable(),
  member: z
    .object({
      name: z.string(),
      standing: Standing,
      branch: OrgRef,
      shop: ShopRef.nullable(),
      post: z.string(),
      verifiedAt: IsoDate,
    })
    .nullable(),
})

// ---- verification ------------------------------------------------------------------------

/** How a registration compares with the imported roster (花名册). */
export const ROSTER_MATCH_LABELS = {
  full: '与花名册一致',
  partial: '手机号在花名册中，信息不一致',
  none: '花名册中无此人',
} as const
export const RosterMatch = enumOf(ROSTER_MATCH_LABELS)
export type RosterMatch = z.infer<typeof RosterMatch>
/** Fields compared with a roster entry (the entry is found by phone). */
export const RosterField = z.enum(['realName', 'joinedOn', 'recordOrg'])

export const QueueStatus = MemberStatus.exclude(['draft'])
export const MemberQueueInput = PageQuery.extend({
  status: QueueStatus.default('pending'),
  kind: MemberKind.optional(),
  rosterMatch: RosterMatch.optional(),
  branchId: Id.optional(),
  /** A name (or its start), or a whole phone number. */
  q: searchText(20),
  /** By when submitted. */
  order: TimeOrder.default('newest'),
})
export type MemberQueueInput = z.input<typeof MemberQueueInput>

/** A registration as the committee or the branch secretary sees it in the queue. */
export const QueuedMember = z.object({
  userId: Id,
  realName: z.string(),
  gender: Gender,
  phoneMasked: z.string(),
  joinedOn: z.string(),
  standing: Standing,
  kind: MemberKind,
  recordOrg: z.string(),
  shop: ShopRef.nullable(),
  post: z.string(),
  branch: OrgRef.nullable(),
  status: MemberStatus,
  rosterMatch: RosterMatch,
  rosterDiffs: z.array(RosterField),
  /** False when the phone was typed rather than exchanged from WeChat: 手机号未验证. */
  phoneVerified: z.boolean(),
  submittedAt: IsoDate,
})
export type QueuedMember = z.infer<typeof QueuedMember>
export const MemberQueuePage = pageOf(QueuedMember)

export const MemberIdInput = z.object({ userId: Id })

export const AuditAction = z.enum([
  'submitted',
  'withdrawn',
  'approved',
  'rejected',
  'revoked',
  'shown',
  'hidden',
  'erased',
])
export const AUDIT_ACTION_LABELS: Record<z.infer<typeof AuditAction>, string> = {
  submitted: '提交登记',
  withdrawn: '撤回登记',
  approved: '审核通过',
  rejected: '退回',
  revoked: '撤销认证',
  shown: '亮明身份',
  hidden: '关闭亮身份',
  erased: '注销',
}

/** The full registration for the roles that verify it: phone in full, so they can call. */
export const MemberDetail = QueuedMember.extend({
  phone: z.string(),
  skills: z.array(Skill),
  transferred: z.boolean(),
  floating: z.boolean(),
  rejectReason: z.string().nullable(),
  showStatus: z.boolean(),
  roster: z
    .object({ realName: z.string(), joinedOn: z.string().nullable(), recordOrg: z.string() })
    .nullable(),
  history: z.array(
    z.object({
      action: AuditAction,
      at: IsoDate,
      by: z.string(),
      reason: z.string().nullable(),
    }),
  ),
})
export type MemberDetail = z.infer<typeof MemberDetail>

export const ApproveMemberInput = z.object({
  userId: Id,
  /** The branch to bring the member into; defaults to the branch covering their shop. */
  branchId: Id.optional(),
})
export const Reason = text('请填写原因', [2, '原因至少 2 个字'], [200, '原因最多 200 个字'], {
  multiline: true,
})
export const RejectMemberInput = z.object({ userId: Id, reason: Reason })
export const RevokeMemberInput = z.object({ userId: Id, reason: Reason })
export const DecisionResult = z.object({ userId: Id, status: MemberStatus })
export const ApproveMatchedInput = z.object({
  /** Where the previous batch ended (its reply's `next`); absent for the first. */
  after: Id.optional(),
})

export const ApproveMatchedResult = z.object({
  approved: z.number(),
  /** Fully matched registrations left for a person: phone not verified, or no branch covers the shop. */
  skipped: z.number(),
  /** More may remain: call again with `after` set to this. */
  next: Id.nullable(),
})

// ---- roster, coverage, ledger ------------------------------------------------------------

export const ROSTER_COLUMNS = {
  realName: '姓名',
  phone: '手机号',
  joinedOn: '入党时间',
  recordOrg: '组织关系所在单位',
} as const

export const RosterRow = z.object({
  realName: RealName,
  phone: Phone,
  joinedOn: JoinedOn.optional(),
  recordOrg: RecordOrg,
})

export const ImportRosterInput = InlineFile
export const ImportRosterResult = z.object({
  imported: z.number(),
  refused: z.number(),
  /** Pending registrations that now fully match a roster entry. */
  matched: z.number(),
  rows: z.array(
    z.object({
      row: z.number(),
      ok: z.boolean(),
      name: z.string(),
      errors: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  ),
})

export const Coverage = z.object({
  /** Registrations submitted (not drafts), by kind. */
  found: z.object({
    total: z.number(),
    pocket: z.number(),
    floating: z.number(),
    transferred: z.number(),
  }),
  pending: z.number(),
  verified: z.number(),
  rejected: z.number(),
  showingStatus: z.number(),
  /** 党的工作覆盖率: open shops with at least one verified member. */
  shops: z.object({ covered: z.number(), total: z.number(), rate: z.number() }),
  branches: z.array(
    z.object({ orgId: Id, name: z.string(), members: z.number(), pending: z.number() }),
  ),
})
export type Coverage = z.infer<typeof Coverage>

export const LedgerInput = z.object({ branchId: Id.optional() })

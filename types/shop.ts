import { z } from 'zod'
import {
  DownloadFile,
  FileId,
  Id,
  InlineFile,
  IsoDate,
  PageQuery,
  Phone,
  enumOf,
  pageOf,
  searchText,
  text,
  wholeNumber,
} from './common'
import { MerchantReply } from './complaint'
import { Integrity, IntegrityLevel } from './integrity'
import { HONOURS, SHOP_CATEGORIES } from './plain/shop'

export { SHOP_CATEGORIES }
export const ShopCategory = z.enum(SHOP_CATEGORIES, { error: '请选择店铺类别' })
export type ShopCategory = z.infer<typeof ShopCategory>

export const ShopStatus = z.enum(['open', 'suspended'])
export type ShopStatus = z.infer<typeof ShopStatus>

// ---- honours and commitments -------------------------------------------------------------

export { HONOURS }
export const Honour = z.enum(HONOURS, { error: '请选择荣誉' })
export type Honour = z.infer<typeof Honour>

/** The seeds' criteria for honours: 诚信经营、优质服务、弘扬正气、创先争优. */
export const HONOUR_CRITERIA = ['诚信经营', '优质服务', '弘扬正气', '创先争优'] as const
export const HonourCriterion = z.enum(HONOUR_CRITERIA)

export const AwardedHonour = z.object({
  honour: Honour,
  criteria: z.array(HonourCriterion),
  awardedAt: IsoDate,
})
export type AwardedHonour = z.infer<typeof AwardedHonour>

/** Standard commitments (亮承诺) the committee offers; merchants may add their own. */
export const STANDARD_COMMITMENTS = [
  '明码标价',
  '不售假冒伪劣商品',
  '七日无理由退换',
  '足斤足两、诚信计量',
  '文明待客、热情服务',
  '环境整洁、食品安全',
] as const

export const CommitmentText = text(
  '请填写承诺内容',
  [2, '承诺至少 2 个字'],
  [40, '承诺最多 40 个字'],
)

export const Commitment = z.object({ text: CommitmentText, standard: z.boolean() })
export type Commitment = z.infer<typeof Commitment>

// ---- public list and card ----------------------------------------------------------------

export const ShopListInput = PageQuery.extend({
  keyword: searchText(30),
  category: ShopCategory.optional(),
  honour: Honour.optional(),
})
export type ShopListInput = z.input<typeof ShopListInput>

/** What names a shop wherever the public meets it: in the list and at the head of its card. */
const ShopHeading = z.object({
  shopId: Id,
  name: z.string(),
  category: ShopCategory,
  floorUnit: z.string(),
})

export const ShopSummary = ShopHeading.extend({
  stars: z.number(),
  level: IntegrityLevel,
  honours: z.array(Honour),
})
export type ShopSummary = z.infer<typeof ShopSummary>
export const ShopPage = pageOf(ShopSummary)

export const ShopGetInput = z.object({ shopId: Id })

/** The scanned code of a shop: the mini-program code's `scene`, or the h5 URL's `code`. */
export const ShopScanInput = z.object({
  code: z.string({ error: '缺少二维码内容' }).min(1, '缺少二维码内容').max(64, '二维码内容过长'),
})

/** A Party member who chose to show their status on this shop (亮身份): masked name and post. */
export const ShopMember = z.object({ maskedName: z.string(), post: z.string() })

export const RatingSummary = z.object({
  average: z.number(),
  count: z.number(),
  /** Counts of 1…5 stars. */
  distribution: z.array(z.number()).length(5),
})
export type RatingSummary = z.infer<typeof RatingSummary>

export const PublicReview = z.object({
  stars: z.number(),
  tags: z.array(z.string()),
  text: z.string(),
  /** The reviewer's masked nickname (刘*). */
  author: z.string(),
  createdAt: IsoDate,
})
export type PublicReview = z.infer<typeof PublicReview>

/** A handled complaint as the public sees it on the shop page: never who complained. */
export const PublicComplaint = z.object({
  category: z.string(),
  status: z.string(),
  createdAt: IsoDate,
  merchantReply: MerchantReply.nullable(),
  result: z.string().nullable(),
})
export type PublicComplaint = z.infer<typeof PublicComplaint>

/** The public card of a shop: everything a shopper sees after scanning, in one call. */
export const ShopCard = ShopHeading.extend({
  address: z.string(),
  description: z.string(),
  hours: z.string(),
  photos: z.array(FileId),
  status: ShopStatus,
  integrity: Integrity.extend({ updatedAt: IsoDate }),
  honours: z.array(AwardedHonour),
  commitments: z.array(Commitment),
  members: z.array(ShopMember),
  ratings: RatingSummary,
  recentReviews: z.array(PublicReview),
  recentComplaints: z.array(PublicComplaint),
})
export type ShopCard = z.infer<typeof ShopCard>

/**
 * The card as stored on its shop (the projection the scan reads): the card without its id, which
 * is the shop's own. Rewritten by the events that change it, never computed per scan.
 */
export const StoredShopCard = ShopCard.omit({ shopId: true })
export type StoredShopCard = z.infer<typeof StoredShopCard>

// ---- committee: create, edit, suspend, import --------------------------------------------

export const ShopFields = z.object({
  name: text('请填写店铺名称', [2, '店铺名称至少 2 个字'], [40, '店铺名称最多 40 个字']),
  category: ShopCategory,
  address: text('请填写地址', [2], [80, '地址最多 80 个字']),
  floorUnit: text('请填写楼层/铺位', [0], [30, '楼层/铺位最多 30 个字']).default(''),
  licenceNo: z
    .string({ error: '请填写营业执照号' })
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{15}$|^[0-9A-Z]{18}$/, '营业执照号应为 15 或 18 位字母数字'),
  contactName: text('请填写联系人', [1], [20, '联系人最多 20 个字']),
  contactPhone: Phone,
})
export type ShopFields = z.input<typeof ShopFields>

export const CreateShopInput = ShopFields
export const UpdateShopInput = ShopFields.partial().extend({ shopId: Id })
export const SetShopStatusInput = z.object({
  shopId: Id,
  status: ShopStatus,
  reason: text('请填写原因', [2], [200], { multiline: true }),
})

/** The shop sheet's header row, in order, and the shop field each column fills. */
export const SHOP_SHEET_COLUMNS = {
  name: '店铺名称',
  category: '类别',
  address: '地址',
  floorUnit: '楼层/铺位',
  licenceNo: '营业执照号',
  contactName: '联系人',
  contactPhone: '联系电话',
} as const

export const ImportShopsInput = InlineFile
export const ImportRowResult = z.object({
  /** The spreadsheet row number (1 is the header). */
  row: z.number(),
  ok: z.boolean(),
  shopId: Id.optional(),
  name: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
})
export const ImportShopsResult = z.object({
  created: z.number(),
  refused: z.number(),
  rows: z.array(ImportRowResult),
})
export type ImportShopsResult = z.infer<typeof ImportShopsResult>

/** A shop as the committee sees it: contact details included. */
export const AdminShop = ShopSummary.extend({
  address: z.string(),
  licenceNo: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  status: ShopStatus,
  score: z.number(),
  merchantCount: z.number(),
})
export type AdminShop = z.infer<typeof AdminShop>
/** The console's shop orders: by name, or by integrity score (lowest first: those needing care). */
export const SHOP_ORDERS = {
  name: '按名称',
  'score-asc': '积分从低到高',
  'score-desc': '积分从高到低',
} as const
export const ShopOrder = enumOf(SHOP_ORDERS, '排序方式不正确')
export type ShopOrder = keyof typeof SHOP_ORDERS

export const AdminShopListInput = PageQuery.extend({
  keyword: searchText(30),
  status: ShopStatus.optional(),
  level: IntegrityLevel.optional(),
  order: ShopOrder.default('name'),
})
export const AdminShopPage = pageOf(AdminShop)

// ---- merchant: claim and manage ----------------------------------------------------------

export const IssueClaimCodeInput = z.object({ shopId: Id })
export const ClaimCode = z.object({ code: z.string(), expiresAt: IsoDate })

export const ClaimShopInput = z.object({
  code: z
    .string({ error: '请输入认领码' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{8}$/, '认领码为 8 位字母数字'),
})

export const MyShop = z.object({
  shopId: Id,
  name: z.string(),
  integrity: Integrity.extend({ updatedAt: IsoDate }),
  description: z.string(),
  hours: z.string(),
  photos: z.array(FileId),
  commitments: z.array(Commitment),
  openComplaints: z.number(),
})
export type MyShop = z.infer<typeof MyShop>
export const MyShopsResult = z.object({ list: z.array(MyShop) })

export const UpdateShopProfileInput = z.object({
  shopId: Id,
  description: text('请填写简介', [0], [300, '简介最多 300 个字'], { multiline: true }).optional(),
  hours: text('请填写营业时间', [0], [40, '营业时间最多 40 个字']).optional(),
  photos: z.array(FileId).max(6, '最多 6 张照片').optional(),
})

export const SetCommitmentsInput = z.object({
  shopId: Id,
  commitments: z.array(Commitment).max(10, '最多 10 项承诺'),
})

// ---- codes, posters, honours, history ----------------------------------------------------

export const ShopCodeInput = z.object({ shopId: Id })
export const ShopCodeResult = z.object({
  /** The signed payload; fits the mini-program code's 32-character scene. */
  code: z.string().max(32),
  /** The h5 URL with the same payload. */
  url: z.string(),
  /** A PNG of the code (data URL): locally a QR code, in production the mini-program code. */
  imageDataUrl: z.string(),
})

export const PosterSize = z.enum(['A5', 'A4'])
export const PosterInput = z.object({ shopId: Id, size: PosterSize.default('A5') })
/** The district's posters, one part (about 200 shops, in name order) per call, from part 1. */
export const AllPostersInput = z.object({
  size: PosterSize.default('A5'),
  part: wholeNumber(
    '请指定第几份',
    '份数须为整数',
    [1, '份数从 1 开始'],
    [100, '份数过大'],
  ).default(1),
})
export const PdfFile = DownloadFile
export const PosterPart = z.object({
  part: z.number().int(),
  /** How many parts the district's open shops make now. */
  parts: z.number().int(),
  /** Shops in this part. */
  shops: z.number().int(),
  file: DownloadFile,
})
export type PosterPart = z.infer<typeof PosterPart>

export const AwardHonourInput = z.object({
  shopId: Id,
  honour: Honour,
  criteria: z.array(HonourCriterion).min(1, '请至少选择一项评定标准'),
})
export const RevokeHonourInput = z.object({
  shopId: Id,
  honour: Honour,
  reason: text('请填写原因', [2], [200], { multiline: true }),
})

export const ShopEvent = z.object({
  at: IsoDate,
  reason: z.string(),
  scoreBefore: z.number().nullable(),
  scoreAfter: z.number(),
  levelAfter: IntegrityLevel,
})
export const ShopHistoryInput = z.object({ shopId: Id })
export const ShopHistory = z.object({ list: z.array(ShopEvent) })

export const ShopIdResult = z.object({ shopId: Id })

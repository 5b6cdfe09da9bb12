import { z } from 'zod'
import { FileId, Id, IsoDate, PageQuery, Phone, TimeOrder, pageOf, enumOf, text } from './common'
import { TimelineEntry } from './timeline'
import { Severity } from './integrity'
import { COMPLAINT_STATUSES } from './plain/complaint'

export const COMPLAINT_CATEGORIES = {
  price: '价格问题',
  quality: '质量问题',
  service: '服务态度',
  hygiene: '环境卫生',
  false_ad: '虚假宣传',
  other: '其他',
} as const
export const ComplaintCategory = enumOf(COMPLAINT_CATEGORIES, '请选择投诉类别')
export type ComplaintCategory = z.infer<typeof ComplaintCategory>

/**
 * The loop: submitted → accepted (or rejected) → assigned → handled → closed (the complainant
 * confirms, or seven days pass).
 */
export { COMPLAINT_STATUSES }
export const ComplaintStatus = enumOf(COMPLAINT_STATUSES, '投诉状态不正确')
export type ComplaintStatus = z.infer<typeof ComplaintStatus>

/** Limits on filing: per person per day (Asia/Shanghai), and one open complaint per shop. */
export const COMPLAINTS_PER_DAY = 3
export const AUTO_CLOSE_DAYS = 7

export const FileComplaintInput = z.object({
  shopId: Id,
  category: ComplaintCategory,
  description: text('请描述问题', [10, '请至少用 10 个字描述问题'], [500, '描述最多 500 字'], {
    multiline: true,
  }),
  photos: z.array(FileId).max(3, '最多 3 张照片').default([]),
  contact: Phone.optional(),
  /** Hidden from the merchant and the public; the committee still knows who filed it. */
  anonymous: z.boolean().default(false),
})
export type FileComplaintInput = z.input<typeof FileComplaintInput>

export const HANDLER_KIND_LABELS = {
  merchant: '商户',
  committee: '商圈党委',
  department: '职能部门',
} as const
export const HandlerKind = enumOf(HANDLER_KIND_LABELS)
export type HandlerKind = z.infer<typeof HandlerKind>

export const Handler = z.object({
  kind: HandlerKind,
  /** e.g. 市场监管所 for a department; the shop's name for the merchant. */
  name: text('请填写承办人', [1], [40]),
})

/** 承办: 职能部门 · 市场监管所, 商户 · 老王面馆; the committee is named once, not 商圈党委 · 商圈党委. */
export function handlerLabel(handler: { kind: HandlerKind; name: string }): string {
  const kind = HANDLER_KIND_LABELS[handler.kind]
  return handler.name && handler.name !== kind ? `${kind} · ${handler.name}` : kind
}

/** The merchant's answer to a complaint, shown with it (also on the shop's public page). */
export const MerchantReply = z.object({ text: z.string(), at: IsoDate })

/** A complaint as one viewer sees it; fields the viewer may not see are null. */
export const ComplaintView = z.object({
  complaintId: Id,
  shopId: Id,
  shopName: z.string(),
  category: ComplaintCategory,
  description: z.string(),
  photos: z.array(FileId),
  status: ComplaintStatus,
  anonymous: z.boolean(),
  /** Masked nickname of the complainant; null when anonymous (for the merchant) or for others. */
  complainant: z.string().nullable(),
  /** Contact phone: full for the committee, masked for the complainant, null for the merchant. */
  contact: z.string().nullable(),
  severity: Severity.nullable(),
  handler: Handler.nullable(),
  deadline: IsoDate.nullable(),
  overdue: z.boolean(),
  merchantReply: MerchantReply.nullable(),
  result: z.string().nullable(),
  rectification: z.string().nullable(),
  upheld: z.boolean().nullable(),
  rectificationVerified: z.boolean(),
  confirmation: z
    .object({ satisfied: z.boolean(), rating: z.number(), comment: z.string() })
    .nullable(),
  timeline: z.array(TimelineEntry),
  createdAt: IsoDate,
})
export type ComplaintView = z.infer<typeof ComplaintView>
export const ComplaintPage = pageOf(ComplaintView)

export const ComplaintIdInput = z.object({ complaintId: Id })
export const MyComplaintsInput = PageQuery
/** A shop's complaints, as its merchant reads them: all, or those in one state. */
export const ShopComplaintsInput = PageQuery.extend({
  shopId: Id,
  status: ComplaintStatus.optional(),
})
export const ComplaintQueueInput = PageQuery.extend({
  status: ComplaintStatus.optional(),
  overdueOnly: z.boolean().default(false),
  /** By filing time; the overdue list is always the longest overdue first. */
  order: TimeOrder.default('newest'),
})

export const AcceptComplaintInput = z.object({ complaintId: Id, severity: Severity })
export const RejectComplaintInput = z.object({
  complaintId: Id,
  reason: text('请填写不予受理的原因', [2], [200], { multiline: true }),
})
export const AssignComplaintInput = z.object({
  complaintId: Id,
  handler: Handler,
  /** ISO date-time; must be in the future. */
  deadline: z
    .string({ error: '请设置办理期限' })
    .datetime({ error: '办理期限格式不正确', offset: true }),
})
export const ReplyComplaintInput = z.object({
  complaintId: Id,
  text: text('请填写回复', [2, '回复至少 2 个字'], [300, '回复最多 300 字'], { multiline: true }),
})
export const HandleComplaintInput = z.object({
  complaintId: Id,
  result: text('请填写办理结果', [2], [500], { multiline: true }),
  rectification: text('请填写整改情况', [0], [500, '整改情况最多 500 字'], {
    multiline: true,
  }).default(''),
  /** Whether the complaint was founded; only the committee may say it was not. */
  upheld: z.boolean().default(true),
})
export const ConfirmComplaintInput = z.object({
  complaintId: Id,
  satisfied: z.boolean({ error: '请选择是否满意' }),
  rating: z.number({ error: '请为办理打分' }).int().min(1, '最少 1 分').max(5, '最多 5 分'),
  comment: text('请填写评价', [0], [200, '最多 200 字'], { multiline: true }).default(''),
})
export const VerifyRectificationInput = z.object({ complaintId: Id })
export const SweepResult = z.object({ autoClosed: z.number(), newlyOverdue: z.number() })

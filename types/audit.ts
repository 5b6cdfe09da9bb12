// 操作日志: every decision the committee, secretaries and activity leaders take — who, when, what,
// on what, why — in one list nobody can edit or delete. Which actions are decisions is said once,
// in audited-actions.ts; the router records each one that succeeds.
import { z } from 'zod'
import { Id, IsoDate, Month, PageQuery, TimeOrder, pageOf } from './common'

export const AUDIT_KINDS = {
  create: '新建',
  update: '修改',
  approve: '通过',
  reject: '不通过',
  revoke: '撤销',
  assign: '交办',
  handle: '办理',
  award: '授予荣誉',
  suspend: '停业/恢复',
  role: '角色变更',
  import: '导入',
  export: '导出',
  cancel: '取消',
  attendance: '考勤',
  hours: '确认时长',
} as const
export type AuditKind = keyof typeof AUDIT_KINDS
export const AuditKind = z.enum(Object.keys(AUDIT_KINDS) as [AuditKind, ...AuditKind[]], {
  error: '未知的操作类型',
})

export const AUDIT_SUBJECTS = {
  shop: '店铺',
  member: '党员登记',
  org: '党组织',
  complaint: '投诉',
  rating: '评价',
  wish: '心愿',
  resource: '资源',
  project: '项目',
  activity: '志愿活动',
  record: '服务记录',
  user: '用户',
  district: '全商圈',
} as const
export type AuditSubject = keyof typeof AUDIT_SUBJECTS

/** The input field that names each kind of subject (a member is named by their user id). */
export const AUDIT_SUBJECT_FIELDS: Record<Exclude<AuditSubject, 'district'>, string> = {
  shop: 'shopId',
  member: 'userId',
  org: 'orgId',
  complaint: 'complaintId',
  rating: 'ratingId',
  wish: 'wishId',
  resource: 'resourceId',
  project: 'projectId',
  activity: 'activityId',
  record: 'recordId',
  user: 'userId',
}

/**
 * An action that is a decision: what kind (or how to tell it from the input: approve or reject)
 * and what it is about. The id is read from the input, else the reply (a new shop's id).
 */
export type AuditSpec = {
  kind: AuditKind | ((input: { approve?: boolean; decision?: string }) => AuditKind)
  subject: AuditSubject
}

export const AuditEntry = z.object({
  entryId: z.string(),
  at: IsoDate,
  /** Who decided: their name as the console shows it, and their roles then. */
  by: z.object({ userId: Id, name: z.string(), roles: z.array(z.string()) }),
  kind: AuditKind,
  /** The action, in words: 审核通过并编入党支部. */
  what: z.string(),
  subject: z.object({
    type: z.string(),
    id: z.string().nullable(),
    /** The shop's or activity's name; a member's name masked. */
    label: z.string(),
  }),
  reason: z.string().nullable(),
})
export type AuditEntry = z.infer<typeof AuditEntry>

const AuditFilterFields = z.object({
  /** Who decided: a user id. */
  by: Id.optional(),
  kind: AuditKind.optional(),
  /** The first and last month (YYYY-MM, Asia/Shanghai) of the period; open-ended if omitted. */
  from: Month.optional(),
  to: Month.optional(),
})
const monthsInOrder = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to
const IN_ORDER = { message: '开始月份须不晚于结束月份', path: ['from'] }

export const AuditFilter = AuditFilterFields.refine(monthsInOrder, IN_ORDER)
export const AuditListInput = PageQuery.extend({
  ...AuditFilterFields.shape,
  order: TimeOrder.default('newest'),
}).refine(monthsInOrder, IN_ORDER)
export type AuditListInput = z.infer<typeof AuditListInput>
export const AuditPage = pageOf(AuditEntry)

import { z } from 'zod'

/**
 * The zod enum of a labels table's keys: a set of values and their Chinese labels stated once, as
 * `{ value: '标签' } as const`; `error` is the message for a value outside it.
 */
export function enumOf<K extends string>(labels: Readonly<Record<K, string>>, error?: string) {
  return z.enum(Object.keys(labels) as [K, ...K[]], error ? { error } : undefined)
}

/** A document id as the database issues it. */
export const Id = z.string({ error: '缺少编号' }).regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确')
export type Id = z.infer<typeof Id>

export const PageQuery = z.object({
  page: z.number({ error: '页码须为数字' }).int().min(1, '页码从 1 开始').default(1),
  pageSize: z
    .number({ error: '每页条数须为数字' })
    .int()
    .min(1)
    .max(50, '每页最多 50 条')
    .default(20),
})
export type PageQuery = z.input<typeof PageQuery>

/** A list in time order: the newest first (as lists open), or the oldest. */
export const TIME_ORDERS = { newest: '最新在前', oldest: '最早在前' } as const
export const TimeOrder = enumOf(TIME_ORDERS, '排序方式不正确')
export type TimeOrder = keyof typeof TIME_ORDERS

/** A page of a list, as every list reply carries it. */
export type Paged<T> = { list: T[]; total: number; page: number; pageSize: number }

/** List replies are `{ list, total, page, pageSize }`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    list: z.array(item),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  })
}

/** An instant, as an ISO-8601 string in UTC; shown in Asia/Shanghai. */
export const IsoDate = z.string()

/** A mainland mobile number, e.g. 13812345678. */
export const Phone = z
  .string({ error: '请填写手机号' })
  .trim()
  .regex(/^1[3-9]\d{9}$/, '手机号格式不正确')

/**
 * A stored file in cloud storage, `cloud://<env>.<bucket>/<path>`: uploaded by the mini-program
 * itself or by the web app through `user.uploadPhoto` (locally, the local cloud's storage).
 */
export const FileId = z
  .string({ error: '缺少文件' })
  .regex(/^cloud:\/\/[A-Za-z0-9._\-/]{1,200}$/, '文件地址不正确')
export type FileId = z.infer<typeof FileId>

/** A file sent inline (Excel sheets for import), base64-encoded; the gateway caps bodies at 1 MB. */
export const InlineFile = z.object({
  fileName: z.string().trim().min(1, '缺少文件名').max(100, '文件名过长'),
  contentBase64: z.string().min(1, '文件为空').max(1_000_000, '文件过大'),
})
export type InlineFile = z.infer<typeof InlineFile>

/**
 * A file the server generated for download (posters, ledgers): kept in cloud storage for a day and
 * fetched from `url` until `expiresAt`, so no reply comes near CloudBase's 6 MB limit.
 */
export const DownloadFile = z.object({
  fileName: z.string(),
  url: z.string(),
  expiresAt: IsoDate,
})
export type DownloadFile = z.infer<typeof DownloadFile>

/**
 * A required text, trimmed, of `min`..`max` characters, with the message a form shows under the
 * field for each way it can be wrong: missing (also when too short, unless `min` names its own),
 * too short, too long.
 */
export function text(
  missing: string,
  [min, short]: [number, string?],
  [max, long]: [number, string?],
) {
  return z
    .string({ error: missing })
    .trim()
    .min(min, short ?? missing)
    .max(max, long ?? `最多 ${max} 个字`)
}

/** A whole number a person enters; the messages for missing, not whole, too small, too large. */
export function wholeNumber(
  missing: string,
  notWhole: string,
  [min, small]: [number, string],
  [max, large]: [number, string],
) {
  return z.number({ error: missing }).int(notWhole).min(min, small).max(max, large)
}

/**
 * A reviewer's answer on one record (named by `record`, e.g. `{ wishId: Id }`): `approve`, or any
 * other decision, which needs a reason the submitter will see; `missingReason` asks for it.
 */
export function reviewInput<S extends z.ZodRawShape, D extends string>(
  record: S,
  decisions: readonly ['approve', ...D[]],
  missingReason: string,
) {
  return z
    .object({
      ...record,
      decision: z.enum(decisions, { error: '请选择审核结果' }),
      reason: z.string().trim().max(200, '原因最多 200 字').optional(),
    })
    .refine(approvedOrReasoned, { message: missingReason, path: ['reason'] })
}

// Typed loosely: with the record's fields generic, zod cannot name the answer's own two.
function approvedOrReasoned(answer: { decision?: unknown; reason?: unknown }) {
  return (
    answer.decision === 'approve' ||
    (typeof answer.reason === 'string' && answer.reason.length >= 2)
  )
}

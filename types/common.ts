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

// What people type arrives with things no one can see: zero-width spaces and bidi overrides (pasted,
// or added to pass a length rule or the content check), control characters, and halves of emoji
// cut in two. Invisible marks are dropped, the others refused on their field, before any rule.
/** Format characters (zero-width, bidi controls, BOM, soft hyphen…) and the blank Hangul fillers. */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu
/** Control characters: in one line every one; in several, all but newline and tab. */
const CONTROL_IN_LINE = /[\p{Cc}\u2028\u2029]/u
const CONTROL_IN_LINES = /(?![\n\t])\p{Cc}/u
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g
/** A lone surrogate: half an emoji, which the database cannot store as text. */
const BROKEN = /\p{Cs}/u
export const CONTROL_MESSAGE = '含有不可见的控制字符，请删除后再提交'
export const BROKEN_MESSAGE = '含有无法识别的字符，请删除后再提交'

/** `text` without the marks no one can see, as stored and as checked for content. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '')
}

/**
 * A text a person writes, trimmed, of `min`..`max` characters, with the message a form shows under
 * the field for each way it can be wrong: missing (also when too short, unless `min` names its own),
 * too short, too long. Invisible marks are dropped first and lengths count what is left; control
 * characters (but newline and tab when `multiline`) and broken characters are refused. Every field
 * of free text is one of these, so no rule is stated twice.
 */
export function text(
  missing: string,
  [min, short]: [number, string?],
  [max, long]: [number, string?],
  { multiline = false }: { multiline?: boolean } = {},
) {
  const control = multiline ? CONTROL_IN_LINES : CONTROL_IN_LINE
  return z
    .string({ error: missing })
    .refine((s) => !BROKEN.test(s), { error: BROKEN_MESSAGE, abort: true })
    .overwrite((s) => (multiline ? s.replace(LINE_BREAKS, '\n') : s))
    .refine((s) => !control.test(s), { error: CONTROL_MESSAGE, abort: true })
    .overwrite((s) => withoutInvisible(s).trim())
    .min(min, short ?? missing)
    .max(max, long ?? `最多 ${max} 个字`)
}

/** A search box: optional, one line, at most `max` characters. */
export function searchText(max: number) {
  return text('搜索词须为文字', [0], [max, `搜索词最多 ${max} 个字`]).optional()
}

/** A calendar month, YYYY-MM (Asia/Shanghai), of a year the district's records can hold. */
export const Month = z
  .string({ error: '请选择月份' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 YYYY-MM', abort: true })
  .refine((m) => m >= '2000-01' && m <= '2099-12', '月份须在 2000 年至 2099 年之间')

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
      reason: text('请填写原因', [0], [200, '原因最多 200 字'], { multiline: true }).optional(),
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

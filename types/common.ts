import { z } from 'zod'

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

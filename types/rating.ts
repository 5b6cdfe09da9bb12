import { z } from 'zod'
import { Id, IsoDate, PageQuery, pageOf, text, wholeNumber } from './common'

export const RATING_TAGS = [
  '服务热情',
  '价格公道',
  '质量可靠',
  '环境整洁',
  '童叟无欺',
  '态度冷淡',
  '价格不透明',
  '卫生欠佳',
] as const

/** A rating's id: `${shopId}:${userId}:${YYYY-MM}`, one per user, shop and month. */
export const RatingId = z
  .string({ error: '缺少编号' })
  .regex(/^[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_-]{1,64}:\d{4}-\d{2}$/, '编号格式不正确')

export const RateShopInput = z.object({
  shopId: Id,
  stars: wholeNumber('请选择星级', '星级须为整数', [1, '最少 1 星'], [5, '最多 5 星']),
  tags: z.array(z.enum(RATING_TAGS)).max(5, '最多选 5 个标签').default([]),
  text: text('请填写评价', [0], [200, '评价最多 200 字'], { multiline: true }).default(''),
})
export type RateShopInput = z.input<typeof RateShopInput>

/**
 * `public`: counted and shown; `held`: part of a burst against the shop, waiting for the
 * committee; `text_rejected`: the stars count but the text failed the content check.
 */
export const RatingStatus = z.enum(['public', 'held', 'text_rejected'])
export type RatingStatus = z.infer<typeof RatingStatus>

export const RateShopResult = z.object({
  ratingId: RatingId,
  status: RatingStatus,
  /** True when this replaced the caller's earlier rating of the shop this month. */
  replaced: z.boolean(),
})

export const HeldRatingsInput = PageQuery
export const HeldRating = z.object({
  ratingId: RatingId,
  shopId: Id,
  shopName: z.string(),
  stars: z.number(),
  text: z.string(),
  createdAt: IsoDate,
})
export const HeldRatingPage = pageOf(HeldRating)

export const ReviewHeldInput = z.object({ ratingId: RatingId, approve: z.boolean() })
export const ReviewHeldResult = z.object({
  ratingId: RatingId,
  status: RatingStatus.or(z.literal('discarded')),
})

export const MyRatingInput = z.object({ shopId: Id })
export const MyRating = z.object({
  rating: z
    .object({
      stars: z.number(),
      tags: z.array(z.string()),
      text: z.string(),
      status: RatingStatus,
    })
    .nullable(),
})

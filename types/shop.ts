import { z } from 'zod'
import { Id, PageQuery, pageOf } from './common'

export const SHOP_CATEGORIES = [
  '餐饮',
  '服饰',
  '超市',
  '数码',
  '美容美发',
  '生活服务',
  '教育培训',
  '其他',
] as const
export const ShopCategory = z.enum(SHOP_CATEGORIES, { error: '请选择店铺类别' })
export type ShopCategory = z.infer<typeof ShopCategory>

export const ShopStatus = z.enum(['open', 'suspended'])
export type ShopStatus = z.infer<typeof ShopStatus>

export const ShopListInput = PageQuery.extend({
  keyword: z.string().trim().max(30, '搜索词最多 30 个字').optional(),
  category: ShopCategory.optional(),
})
export type ShopListInput = z.input<typeof ShopListInput>

export const ShopSummary = z.object({
  shopId: Id,
  name: z.string(),
  category: ShopCategory,
  floorUnit: z.string(),
})
export type ShopSummary = z.infer<typeof ShopSummary>
export const ShopPage = pageOf(ShopSummary)

export const ShopGetInput = z.object({ shopId: Id })

/** The public card of a shop: what a shopper sees after scanning. */
export const ShopCard = ShopSummary.extend({
  address: z.string(),
  description: z.string(),
  hours: z.string(),
  status: ShopStatus,
})
export type ShopCard = z.infer<typeof ShopCard>

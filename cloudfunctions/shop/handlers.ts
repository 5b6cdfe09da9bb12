import type { ShopCard, ShopSummary } from '../../types/shop'
import type { HandlerOf } from '../../server/kernel/router'
import { notFound } from '../../server/kernel/app-error'
import { findDistrict } from '../../server/repositories/districts'
import { findShop, listOpenShops, type ShopDoc } from '../../server/repositories/shops'

function summaryOf(shop: ShopDoc): ShopSummary {
  return { shopId: shop._id, name: shop.name, category: shop.category, floorUnit: shop.floorUnit }
}

export const list: HandlerOf<'shop', 'list'> = async (ctx, input) => {
  const district = await findDistrict(ctx.db)
  if (!district) throw notFound('商圈')
  const { list: shops, total } = await listOpenShops(
    ctx.db,
    { districtId: district._id, keyword: input.keyword || undefined, category: input.category },
    input,
  )
  return { list: shops.map(summaryOf), total, page: input.page, pageSize: input.pageSize }
}

/** A shop's public card; suspended shops are not shown to the public. */
export const get: HandlerOf<'shop', 'get'> = async (ctx, input) => {
  const shop = await findShop(ctx.db, input.shopId)
  if (!shop || shop.status !== 'open') throw notFound('店铺')
  const card: ShopCard = {
    ...summaryOf(shop),
    address: shop.address,
    description: shop.description,
    hours: shop.hours,
    status: shop.status,
  }
  return card
}

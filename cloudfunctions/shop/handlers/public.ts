// The public face of shops: the list, and the card a shopper sees by id or by scanning its code.
// The card is read as stored on the shop (a projection the events keep current), never assembled
// here: a scan is one read of the shop by its code.
import type { HandlerOf } from '../../../server/kernel/router'
import { fieldError, notFound } from '../../../server/kernel/app-error'
import { shopSummary } from '../../../server/domain/shop-card'
import { publicCard } from '../../../server/domain/card-projection'
import { findShop, findShopCardByCode, listShops } from '../../../server/repositories/shops'
import { mapPage } from '../../../server/repositories/paged'
import { requireDistrict } from './access'

export const list: HandlerOf<'shop', 'list'> = async (ctx, input) => {
  const district = await requireDistrict(ctx)
  const { keyword, category, honour } = input
  const filter = { districtId: district._id, status: 'open' as const, keyword, category, honour }
  return mapPage(await listShops(ctx.db, filter, input), shopSummary)
}

/** A shop's card; suspended shops are not shown to the public. */
export const get: HandlerOf<'shop', 'get'> = async (ctx, input) => {
  const shop = await findShop(ctx.db, input.shopId)
  const card = shop?.status === 'open' ? await publicCard(ctx.db, shop) : null
  if (!card) throw notFound('店铺')
  return card
}

/** The scan target: a forged or edited code is refused before any shop is looked up. */
export const scan: HandlerOf<'shop', 'scan'> = async (ctx, input) => {
  const code = ctx.services.shopCodes.verify(input.code)
  if (!code) throw fieldError('code', '二维码无效或已被篡改')
  const shop = await findShopCardByCode(ctx.db, code)
  const card = shop?.status === 'open' ? await publicCard(ctx.db, shop) : null
  if (!card) throw notFound('店铺')
  return card
}

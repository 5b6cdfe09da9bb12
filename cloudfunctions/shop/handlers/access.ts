// Who may touch which shop: the committee any shop of the district, a merchant only their own.
import type { Ctx } from '../../../server/kernel/context'
import { forbidden, found } from '../../../server/kernel/app-error'
import { loaderOf } from '../../../server/kernel/load'
import { findDistrict, type DistrictDoc } from '../../../server/repositories/districts'
import { runsShop } from '../../../server/domain/shop-access'
import { findShop, type ShopDoc } from '../../../server/repositories/shops'

export async function requireDistrict(ctx: Ctx): Promise<DistrictDoc> {
  return found(await findDistrict(ctx.db), '商圈')
}

export const requireShop = loaderOf(findShop, '店铺')

/** The shop, if the caller is the committee or one of its merchants. */
export async function requireManagedShop(ctx: Ctx, shopId: string): Promise<ShopDoc> {
  const shop = await requireShop(ctx, shopId)
  const isAdmin = ctx.caller.roles.includes('admin')
  if (!isAdmin && !runsShop(ctx.caller.user, shop)) throw forbidden('只能管理自己的店铺')
  return shop
}

/** The shop, if the caller is one of its merchants (committee staff use the console instead). */
export async function requireOwnShop(ctx: Ctx, shopId: string): Promise<ShopDoc> {
  const shop = await requireShop(ctx, shopId)
  if (!runsShop(ctx.caller.user, shop)) throw forbidden('只能管理自己的店铺')
  return shop
}

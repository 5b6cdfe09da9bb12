// Who runs a shop: the shop's own list of merchants decides, everywhere. (The claim writes it in
// the same transaction as the user's merchant role and shop list; the latter only feed the profile.)
import type { Ctx } from '../kernel/context'
import { findOrg } from '../repositories/orgs'
import type { ShopDoc } from '../repositories/shops'
import type { UserDoc } from '../repositories/users'

export function runsShop(user: UserDoc | null, shop: ShopDoc): boolean {
  return !!user && (shop.merchantIds ?? []).includes(user._id)
}

/** The branch that covers a shop: its org when that is a branch or general branch. */
export async function branchOfShop(ctx: Ctx, shop: ShopDoc): Promise<string | null> {
  if (!shop.orgId) return null
  const org = await findOrg(ctx.db, shop.orgId)
  return org && (org.level === 'branch' || org.level === 'general') ? org._id : null
}

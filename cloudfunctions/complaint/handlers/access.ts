// Who the caller is to a complaint, and loading one for them.
import { loaderOf } from '../../../server/kernel/load'
import type { Ctx } from '../../../server/kernel/context'
import type { ComplaintViewer } from '../../../server/domain/complaint-view'
import { findComplaint, type ComplaintDoc } from '../../../server/repositories/complaints'
import { runsShop } from '../../../server/domain/shop-access'
import { findShop } from '../../../server/repositories/shops'
import { isAdmin } from '../../../server/domain/staff'

export { isAdmin }

/** A merchant who runs the shop. */
export async function isMerchantOf(ctx: Ctx, shopId: string): Promise<boolean> {
  if (!ctx.caller.roles.includes('merchant')) return false
  const shop = await findShop(ctx.db, shopId)
  return !!shop && runsShop(ctx.caller.user, shop)
}

/** How the caller sees this complaint, or null when it is none of their business. */
export async function viewerOf(ctx: Ctx, doc: ComplaintDoc): Promise<ComplaintViewer | null> {
  if (isAdmin(ctx)) return 'committee'
  if (ctx.caller.user && doc.complainantId === ctx.caller.user._id) return 'complainant'
  if (await isMerchantOf(ctx, doc.shopId)) return 'merchant'
  return null
}

export const loadComplaint = loaderOf(findComplaint, '投诉')

/** The complaint after a change, for the reply. */
export async function reloadComplaint(ctx: Ctx, id: string): Promise<ComplaintDoc> {
  return loadComplaint(ctx, id)
}

// Who the caller is to a complaint, and loading one for them.
import { notFound } from '../../../server/kernel/app-error'
import { requireIdentity, type Ctx } from '../../../server/kernel/context'
import type { ComplaintViewer } from '../../../server/domain/complaint-view'
import { findComplaint, type ComplaintDoc } from '../../../server/repositories/complaints'
import { findShop } from '../../../server/repositories/shops'
import { ensureUser, type UserDoc } from '../../../server/repositories/users'

/** The caller's user document, created on first contact. */
export async function callerUser(ctx: Ctx): Promise<UserDoc> {
  if (ctx.caller.user) return ctx.caller.user
  return (await ensureUser(ctx.db, requireIdentity(ctx).openid, ctx.now())).user
}

export function isAdmin(ctx: Ctx): boolean {
  return ctx.caller.roles.includes('admin')
}

/** A merchant who runs the shop (the shop's own list of merchants decides). */
export async function isMerchantOf(ctx: Ctx, shopId: string): Promise<boolean> {
  const user = ctx.caller.user
  if (!user || !ctx.caller.roles.includes('merchant')) return false
  const shop = await findShop(ctx.db, shopId)
  return !!shop && shop.merchantIds.includes(user._id)
}

/** How the caller sees this complaint, or null when it is none of their business. */
export async function viewerOf(ctx: Ctx, doc: ComplaintDoc): Promise<ComplaintViewer | null> {
  if (isAdmin(ctx)) return 'committee'
  if (ctx.caller.user && doc.complainantId === ctx.caller.user._id) return 'complainant'
  if (await isMerchantOf(ctx, doc.shopId)) return 'merchant'
  return null
}

export async function loadComplaint(ctx: Ctx, id: string): Promise<ComplaintDoc> {
  const doc = await findComplaint(ctx.db, id)
  if (!doc) throw notFound('投诉')
  return doc
}

/** The complaint after a change, for the reply. */
export async function reloadComplaint(ctx: Ctx, id: string): Promise<ComplaintDoc> {
  return loadComplaint(ctx, id)
}

// Who may act on which registration: the committee on all, a branch secretary on those of the
// branches they lead. Shared lookups for the member function's handlers.
import type { Ctx } from '../../../server/kernel/context'
import { fieldError, forbidden, notFound } from '../../../server/kernel/app-error'
import { findDistrict } from '../../../server/repositories/districts'
import { findMember, type MemberDoc } from '../../../server/repositories/members'
import { findOrg, type OrgDoc } from '../../../server/repositories/orgs'
import { findShop, type ShopDoc } from '../../../server/repositories/shops'

export async function districtId(ctx: Ctx): Promise<string> {
  const district = await findDistrict(ctx.db)
  if (!district) throw notFound('商圈')
  return district._id
}

/** The id of a caller who holds a role (admin, secretary, member): roles live on a stored user. */
export function roleHolderId(ctx: Ctx): string {
  const user = ctx.caller.user
  if (!user) throw forbidden('请先登录')
  return user._id
}

/** null for the committee (every branch); a secretary's own branches otherwise. */
export function verifierBranches(ctx: Ctx): string[] | null {
  if (ctx.caller.roles.includes('admin')) return null
  return ctx.caller.user?.orgIds ?? []
}

/** A submitted registration the caller may verify. */
export async function registrationToVerify(ctx: Ctx, userId: string): Promise<MemberDoc> {
  const doc = await findMember(ctx.db, userId)
  if (!doc || doc.status === 'draft') throw notFound('登记')
  const branches = verifierBranches(ctx)
  if (branches && !(doc.branchId && branches.includes(doc.branchId)))
    throw forbidden('只能处理本支部的党员登记')
  return doc
}

/** A branch (or general branch) a member can be brought into. */
export async function requireBranch(ctx: Ctx, orgId: string): Promise<OrgDoc> {
  const org = await findOrg(ctx.db, orgId)
  if (!org || (org.level !== 'branch' && org.level !== 'general'))
    throw fieldError('branchId', '请选择党支部或党总支')
  return org
}

/** An open shop in the district, or a field error on `path`. */
export async function requireOpenShop(ctx: Ctx, shopId: string, path: string): Promise<ShopDoc> {
  const shop = await findShop(ctx.db, shopId)
  if (!shop || shop.status !== 'open') throw fieldError(path, '请从列表中选择所在店铺')
  return shop
}

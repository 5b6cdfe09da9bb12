// Who holds a wish or offers a resource: a verified member for themselves, a merchant for a shop
// they run, or a secretary for a branch they lead. One holder key names each (`user:…`, `shop:…`,
// `org:…`), so "may this caller act on it" is one membership test, and "mine" one indexed query.
import type { ActingAs, DispatchTarget, WishHolder } from '../../types/wish'
import { maskName } from '../../types/masking'
import { fieldError, forbidden } from '../kernel/app-error'
import { callerUser, type Ctx } from '../kernel/context'
import { findMember } from '../repositories/members'
import { findOrg } from '../repositories/orgs'
import { findShop, shopsRunBy } from '../repositories/shops'
import { findUserById, type UserDoc } from '../repositories/users'
import type { HolderDoc } from '../repositories/wishes'
import { runsShop } from './shop-access'

export function holderKey(holder: Pick<HolderDoc, 'kind' | 'userId' | 'shopId' | 'orgId'>): string {
  if (holder.kind === 'merchant') return `shop:${holder.shopId}`
  if (holder.kind === 'branch') return `org:${holder.orgId}`
  return `user:${holder.userId}`
}

/** Every key the caller may act under: themselves, the shops they run, the branches they lead. */
export async function callerKeys(ctx: Ctx): Promise<string[]> {
  const user = ctx.caller.user
  if (!user) return []
  const shops = ctx.caller.roles.includes('merchant') ? await shopsRunBy(ctx.db, user._id) : []
  const orgs = ctx.caller.roles.includes('secretary') ? user.orgIds : []
  return [
    `user:${user._id}`,
    ...shops.map((s) => `shop:${s._id}`),
    ...orgs.map((id) => `org:${id}`),
  ]
}

/** A holder as the public sees it: a member masked (王*), a shop or a branch by name. */
export function holderView(holder: Pick<HolderDoc, 'kind' | 'name'>): WishHolder {
  return { kind: holder.kind, name: holder.kind === 'member' ? maskName(holder.name) : holder.name }
}

/** The verified member's real name, or null when the user is not a verified member. */
async function verifiedName(ctx: Ctx, userId: string): Promise<string | null> {
  const member = await findMember(ctx.db, userId)
  return member?.status === 'verified' && member.realName ? member.realName : null
}

/**
 * The holder the caller acts as. With no `as`, the caller's one capacity: a member themselves,
 * else their only shop, else their only branch; a caller with several must choose.
 */
export async function actingAs(
  ctx: Ctx,
  as: ActingAs | undefined,
  path = 'as',
): Promise<HolderDoc> {
  const user = await callerUser(ctx)
  const choice = as ?? (await onlyCapacity(ctx, user, path))
  if (choice.kind === 'member') {
    const name = ctx.caller.roles.includes('member') ? await verifiedName(ctx, user._id) : null
    if (!name) throw forbidden('只有已认证的党员可以以党员身份认领')
    return { kind: 'member', userId: user._id, name }
  }
  if (choice.kind === 'merchant') {
    const shop = await findShop(ctx.db, choice.shopId)
    if (!shop || shop.status !== 'open' || !runsShop(user, shop))
      throw fieldError(`${path}.shopId`, '只能代表您经营的店铺')
    return { kind: 'merchant', userId: user._id, name: shop.name, shopId: shop._id }
  }
  const org = await findOrg(ctx.db, choice.orgId)
  if (!org || !ctx.caller.roles.includes('secretary') || !user.orgIds.includes(org._id))
    throw fieldError(`${path}.orgId`, '只能代表您担任书记的党组织')
  return { kind: 'branch', userId: user._id, name: org.name, orgId: org._id }
}

async function onlyCapacity(ctx: Ctx, user: UserDoc, path: string): Promise<ActingAs> {
  if (ctx.caller.roles.includes('member') && (await verifiedName(ctx, user._id)))
    return { kind: 'member' }
  const shops = ctx.caller.roles.includes('merchant') ? await shopsRunBy(ctx.db, user._id) : []
  const orgs = ctx.caller.roles.includes('secretary') ? user.orgIds : []
  if (shops.length === 1 && orgs.length === 0) return { kind: 'merchant', shopId: shops[0]._id }
  if (orgs.length === 1 && shops.length === 0) return { kind: 'branch', orgId: orgs[0] }
  if (shops.length + orgs.length === 0) throw forbidden('只有党员、商户或支部书记可以认领')
  throw fieldError(path, '请选择以什么身份认领')
}

/**
 * Whom the committee dispatches to: a verified member, an open shop with a merchant, or a branch
 * with a secretary. The person who answers is the member, the shop's first merchant or the
 * secretary; any merchant of the shop or the branch's secretary may act on it.
 */
export async function dispatchHolder(
  ctx: Ctx,
  to: DispatchTarget,
  path = 'to',
): Promise<HolderDoc> {
  if (to.kind === 'member') {
    const user = await findUserById(ctx.db, to.userId)
    const name = user ? await verifiedName(ctx, user._id) : null
    if (!user || !name) throw fieldError(`${path}.userId`, '请选择已认证的党员')
    return { kind: 'member', userId: user._id, name }
  }
  if (to.kind === 'merchant') {
    const shop = await findShop(ctx.db, to.shopId)
    const merchantId = shop?.merchantIds?.[0]
    if (!shop || shop.status !== 'open' || !merchantId)
      throw fieldError(`${path}.shopId`, '请选择已有商户认领的营业店铺')
    return { kind: 'merchant', userId: merchantId, name: shop.name, shopId: shop._id }
  }
  const org = await findOrg(ctx.db, to.orgId)
  if (!org || (org.level !== 'branch' && org.level !== 'general') || !org.secretaryId)
    throw fieldError(`${path}.orgId`, '请选择已任命书记的党支部')
  return { kind: 'branch', userId: org.secretaryId, name: org.name, orgId: org._id }
}

/** Whom a holder's news reaches: the member, the shop's merchants, or the branch's secretary. */
export async function holderUserIds(ctx: Ctx, holder: HolderDoc): Promise<string[]> {
  if (holder.kind === 'merchant' && holder.shopId)
    return (await findShop(ctx.db, holder.shopId))?.merchantIds ?? [holder.userId]
  if (holder.kind === 'branch' && holder.orgId) {
    const org = await findOrg(ctx.db, holder.orgId)
    return org?.secretaryId ? [org.secretaryId] : [holder.userId]
  }
  return [holder.userId]
}

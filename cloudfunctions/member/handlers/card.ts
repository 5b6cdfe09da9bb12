// 亮身份: the verified member's card (with a signed QR a secretary can check), showing their status
// on the shop where they work, and changing shop or post.
import QRCode from 'qrcode'
import { maskName } from '../../../types/masking'
import { cardEffects, carryOut, followUpRecord } from '../../../server/domain/follow-ups'
import type { HandlerOf } from '../../../server/kernel/router'
import type { Ctx } from '../../../server/kernel/context'
import { conflict, fieldError, forbidden } from '../../../server/kernel/app-error'
import { pseudonymOf, readMemberCard, signMemberCard } from '../../../server/services/member-crypto'
import {
  findMember,
  updateMemberWithFollowUp,
  type MemberDoc,
} from '../../../server/repositories/members'
import { findOrg } from '../../../server/repositories/orgs'
import { shopNames } from '../../../server/repositories/shops'
import { roleHolderId, requireOpenShop, verifierBranches } from './access'

async function verifiedSelf(ctx: Ctx): Promise<MemberDoc> {
  const doc = await findMember(ctx.db, roleHolderId(ctx))
  if (!doc || doc.status !== 'verified') throw forbidden('您还不是已认证的党员')
  return doc
}

async function cardFace(ctx: Ctx, doc: MemberDoc) {
  const [branch, shops] = await Promise.all([
    findOrg(ctx.db, doc.branchId!),
    shopNames(ctx.db, doc.workShopId ? [doc.workShopId] : []),
  ])
  return {
    standing: doc.standing!,
    branch: { orgId: doc.branchId!, name: branch?.name ?? '（组织已删除）' },
    shop: doc.workShopId
      ? { shopId: doc.workShopId, name: shops.get(doc.workShopId) ?? '（店铺已删除）' }
      : null,
    post: doc.post ?? '',
    verifiedAt: new Date(doc.verifiedAt!).toISOString(),
  }
}

export const card: HandlerOf<'member', 'card'> = async (ctx) => {
  const doc = await verifiedSelf(ctx)
  const code = signMemberCard(doc._id, doc.cardSerial)
  return {
    realName: doc.realName!,
    ...(await cardFace(ctx, doc)),
    code,
    qrImage: await QRCode.toDataURL(code, { errorCorrectionLevel: 'M', margin: 2, width: 360 }),
  }
}

export const setShowStatus: HandlerOf<'member', 'setShowStatus'> = async (ctx, input) => {
  const doc = await verifiedSelf(ctx)
  if (input.show && !doc.workShopId) throw fieldError('show', '请先填写您工作的店铺')
  const now = ctx.now()
  const entry = {
    subject: pseudonymOf(doc._id),
    action: input.show ? ('shown' as const) : ('hidden' as const),
    by: null,
    at: now,
    reason: null,
  }
  // The card and the audit entry follow the change even if this call dies right after it.
  const record = followUpRecord(ctx, [
    ...cardEffects([doc.workShopId]),
    ...(input.show !== doc.showStatus ? [{ kind: 'memberAudit' as const, entry }] : []),
  ])
  const change = { showStatus: input.show, updatedAt: now }
  if (!(await updateMemberWithFollowUp(ctx.db, doc._id, ['verified'], change, record)))
    throw conflict('您的党员认证状态已变化')
  await carryOut(ctx, record)
  return { status: 'verified' }
}

/** A member who leaves the shop stops showing on it at once. */
export const changeWork: HandlerOf<'member', 'changeWork'> = async (ctx, input) => {
  const doc = await verifiedSelf(ctx)
  const shop = input.workShopId ? await requireOpenShop(ctx, input.workShopId, 'workShopId') : null
  const moved = (shop?._id ?? null) !== (doc.workShopId ?? null)
  const change = {
    workShopId: shop?._id ?? null,
    ...(input.post ? { post: input.post } : {}),
    ...(moved ? { showStatus: false } : {}),
    updatedAt: ctx.now(),
  }
  // Off the old shop's card at once; the post shown on the new one may have changed.
  const record = followUpRecord(ctx, cardEffects([doc.workShopId, change.workShopId]))
  if (!(await updateMemberWithFollowUp(ctx.db, doc._id, ['verified'], change, record)))
    throw conflict('您的党员认证状态已变化')
  await carryOut(ctx, record)
  return { status: 'verified' }
}

/** Is this card current? Secretaries of other branches see the name masked. */
export const verifyCard: HandlerOf<'member', 'verifyCard'> = async (ctx, input) => {
  const named = readMemberCard(input.code)
  if (!named) return { current: false, reason: '二维码无效或被篡改', member: null }
  const doc = await findMember(ctx.db, named.userId)
  if (!doc) return { current: false, reason: '该党员已注销登记', member: null }
  if (doc.status !== 'verified') return { current: false, reason: '党员认证已撤销', member: null }
  if (doc.cardSerial !== named.serial)
    return { current: false, reason: '此卡已失效，请出示最新的党员卡', member: null }
  const branches = verifierBranches(ctx)
  const full = !branches || (doc.branchId !== null && branches.includes(doc.branchId))
  return {
    current: true,
    reason: null,
    member: {
      name: full ? doc.realName! : maskName(doc.realName!),
      ...(await cardFace(ctx, doc)),
    },
  }
}

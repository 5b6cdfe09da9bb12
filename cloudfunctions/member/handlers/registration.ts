// 寻党员: the member's own registration — consent first, then draft, submit, withdraw, resubmit
// after a rejection, and 注销 (erasing everything but a pseudonymised audit trail).
import type { z } from 'zod'
import {
  CONSENT_VERSION,
  EDITABLE_STATUSES,
  memberKind,
  type RegistrationFields,
} from '../../../types/member'
import type { HandlerOf } from '../../../server/kernel/router'
import { callerUser, type Ctx } from '../../../server/kernel/context'
import { conflict, fieldError, rateLimited } from '../../../server/kernel/app-error'
import { isDuplicateWrite } from '../../../server/kernel/database'
import { takeDailyLimit } from '../../../server/repositories/rate-limits'
import { myRegistrationView } from '../../../server/domain/member-view'
import { compareWithRoster } from '../../../server/domain/roster-match'
import { newMemberDoc } from '../../../server/domain/new-member'
import { encryptPhone, phoneHash, pseudonymOf } from '../../../server/services/member-crypto'
import { clearAuditReasons, recordAudit } from '../../../server/repositories/member-audit'
import { redactMemberInAuditLog } from '../../../server/repositories/audit-log'
import {
  findMember,
  insertMember,
  membersByPhoneHashes,
  removeMember,
  updateMemberIf,
  type MemberDoc,
} from '../../../server/repositories/members'
import { rosterByPhoneHashes } from '../../../server/repositories/roster'
import { removeMessages } from '../../../server/repositories/messages'
import {
  cardEffects,
  carryOut,
  followUpRecord,
  forgetInFollowUps,
} from '../../../server/domain/follow-ups'
import { removeConsents } from '../../../server/repositories/subscriptions'
import { removeUser, setRole } from '../../../server/repositories/users'
import { districtId, requireOpenShop } from './access'
import { branchOfShop } from '../../../server/domain/shop-access'

type Fields = Partial<z.output<typeof RegistrationFields>>

/** Refusals a person may get in a day before the answer stops saying why (no phone probing). */
const HELD_PHONE_REFUSALS_PER_DAY = 5

/** A phone a verified member holds cannot be claimed by another registration. */
async function refuseHeldPhone(ctx: Ctx, userId: string, hash: string): Promise<void> {
  const holders = await membersByPhoneHashes(ctx.db, [hash])
  if (!holders.some((m) => m._id !== userId && m.status === 'verified')) return
  if (!(await takeDailyLimit(ctx.db, 'held-phone', userId, HELD_PHONE_REFUSALS_PER_DAY, ctx.now())))
    throw rateLimited('今天的登记尝试次数过多，请明天再试')
  throw fieldError('phone', '该手机号已由一名已认证的党员使用，如有疑问请联系商圈党委')
}

/**
 * The stored form of what the member entered: phone encrypted (and marked verified only when
 * WeChat vouched for it), shop checked, branch found.
 */
async function storedFields(ctx: Ctx, userId: string, input: Fields): Promise<Partial<MemberDoc>> {
  const fromWeChat = !input.phone && !!input.phoneCode
  const phone =
    input.phone ??
    (input.phoneCode ? await ctx.services.phoneNumbers.fromCode(input.phoneCode) : undefined)
  if (phone) await refuseHeldPhone(ctx, userId, phoneHash(phone))
  const shop = input.workShopId ? await requireOpenShop(ctx, input.workShopId, 'workShopId') : null
  const fields: Partial<MemberDoc> = {
    realName: input.realName,
    gender: input.gender,
    joinedOn: input.joinedOn,
    standing: input.standing,
    recordOrg: input.recordOrg,
    transferred: input.transferred,
    floating: input.floating,
    post: input.post,
    skills: input.skills,
    ...(phone
      ? { phoneCipher: encryptPhone(phone), phoneHash: phoneHash(phone), phoneVerified: fromWeChat }
      : {}),
    ...(shop ? { workShopId: shop._id, branchId: await branchOfShop(ctx, shop) } : {}),
  }
  if (input.transferred !== undefined && input.floating !== undefined)
    fields.kind = memberKind({ transferred: input.transferred, floating: input.floating })
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
}

function refuseUnlessEditable(doc: MemberDoc | null): void {
  if (!doc || EDITABLE_STATUSES.includes(doc.status)) return
  if (doc.status === 'pending') throw conflict('登记正在审核中，如需修改请先撤回')
  if (doc.status === 'verified') throw conflict('您已通过党员认证')
  throw conflict('您的党员认证已撤销，请联系商圈党委')
}

/** Writes the registration in `status`; a new one is created, an editable one updated. */
async function writeRegistration(
  ctx: Ctx,
  userId: string,
  existing: MemberDoc | null,
  fields: Partial<MemberDoc>,
  status: MemberDoc['status'],
): Promise<void> {
  const now = ctx.now()
  const change = {
    ...fields,
    status,
    consent: { version: CONSENT_VERSION, at: now },
    updatedAt: now,
  }
  if (existing) {
    if (!(await updateMemberIf(ctx.db, userId, EDITABLE_STATUSES, change)))
      throw conflict('登记状态已变化，请刷新后再试')
    return
  }
  try {
    await insertMember(ctx.db, { ...newMemberDoc(userId, await districtId(ctx), now), ...change })
  } catch (err) {
    if (isDuplicateWrite(err)) throw conflict('登记状态已变化，请刷新后再试')
    throw err
  }
}

export const mine: HandlerOf<'member', 'mine'> = async (ctx) => {
  const doc = ctx.caller.user ? await findMember(ctx.db, ctx.caller.user._id) : null
  return { registration: doc ? await myRegistrationView(ctx, doc) : null }
}

export const saveDraft: HandlerOf<'member', 'saveDraft'> = async (ctx, input) => {
  const { _id: userId } = await callerUser(ctx)
  const existing = await findMember(ctx.db, userId)
  refuseUnlessEditable(existing)
  const status = existing?.status ?? 'draft'
  await writeRegistration(ctx, userId, existing, await storedFields(ctx, userId, input), status)
  return { status }
}

export const submit: HandlerOf<'member', 'submit'> = async (ctx, input) => {
  const { _id: userId } = await callerUser(ctx)
  const existing = await findMember(ctx.db, userId)
  refuseUnlessEditable(existing)
  const fields = await storedFields(ctx, userId, input)
  const [entry] = await rosterByPhoneHashes(ctx.db, [fields.phoneHash!])
  const now = ctx.now()
  await writeRegistration(
    ctx,
    userId,
    existing,
    {
      ...fields,
      ...compareWithRoster(fields, entry ?? null),
      rejectReason: null,
      submittedAt: now,
      decidedAt: null,
      decidedBy: null,
    },
    'pending',
  )
  await recordAudit(ctx.db, {
    subject: pseudonymOf(userId),
    action: 'submitted',
    by: null,
    at: now,
    reason: null,
    branchId: fields.branchId ?? null,
  })
  return { status: 'pending' }
}

export const withdraw: HandlerOf<'member', 'withdraw'> = async (ctx) => {
  const userId = ctx.caller.user?._id
  const now = ctx.now()
  if (
    !userId ||
    !(await updateMemberIf(ctx.db, userId, ['pending'], { status: 'withdrawn', updatedAt: now }))
  )
    throw conflict('只有待审核的登记可以撤回')
  await recordAudit(ctx.db, {
    subject: pseudonymOf(userId),
    action: 'withdrawn',
    by: null,
    at: now,
    reason: null,
  })
  return { status: 'withdrawn' }
}

/** Messages about the registration: they may carry a verifier's reason naming the member. */
const REGISTRATION_KINDS = [
  'registration_approved',
  'registration_rejected',
  'registration_revoked',
] as const

/**
 * 注销: the registration, the reasons verifiers wrote, the messages about them and what pending
 * follow-ups would still say to or of the person go; the account
 * (with all its messages and consents) goes too unless the person still holds another role (a
 * merchant keeps the shop). The committee's roster is the committee's
 * record, not the person's, so it stays (anyone could type a rostered phone). Each step can be
 * repeated, so an interrupted erase completes when called again.
 */
export const erase: HandlerOf<'member', 'erase'> = async (ctx) => {
  const user = ctx.caller.user
  if (!user) return { erased: false, accountDeleted: true }
  const subject = pseudonymOf(user._id)
  const doc = await findMember(ctx.db, user._id)
  const now = ctx.now()
  const otherRoles = user.roles.filter((r) => r !== 'member')
  // Follow-ups first: one still pending could otherwise write a reason back after it is cleared.
  const kinds = otherRoles.length ? REGISTRATION_KINDS : undefined
  await forgetInFollowUps(ctx, user._id, subject, kinds)
  // Also when the registration is gone already: an erase cut off after removing it comes back here.
  await clearAuditReasons(ctx.db, subject)
  await redactMemberInAuditLog(ctx.db, user._id)
  if (doc) {
    await recordAudit(ctx.db, { subject, action: 'erased', by: null, at: now, reason: null })
    const offTheCard = followUpRecord(ctx, cardEffects([doc.workShopId]), 'erase')
    await removeMember(ctx.db, user._id, offTheCard)
    await carryOut(ctx, offTheCard)
  }
  if (otherRoles.length) {
    // The account stays for its other roles; what it was told about the registration goes.
    await removeMessages(ctx.db, user._id, REGISTRATION_KINDS)
    await setRole(ctx.db, user._id, 'member', false, now)
  } else {
    await removeMessages(ctx.db, user._id)
    await removeConsents(ctx.db, user._id)
    await removeUser(ctx.db, user._id)
  }
  return { erased: !!doc, accountDeleted: !otherRoles.length }
}

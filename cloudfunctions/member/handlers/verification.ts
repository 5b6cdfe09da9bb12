// The verification queue: the committee and branch secretaries find registrations, compare them
// with the roster, and approve (into a branch) or reject with a reason; the committee may revoke.
// Every decision is a conditional update on the current status, written in one transaction with
// what it leaves to do (audit record, message, role, card), so a crash cannot lose those.
import { Phone } from '../../../types/common'
import {
  carryOut,
  followUpRecord,
  takenBefore,
  type FollowUp,
} from '../../../server/domain/follow-ups'
import type { HandlerOf } from '../../../server/kernel/router'
import type { Ctx } from '../../../server/kernel/context'
import { AppError, conflict, fieldError, forbidden } from '../../../server/kernel/app-error'
import { isDuplicateWrite } from '../../../server/kernel/database'
import { memberDetailView, queuedViews } from '../../../server/domain/member-view'
import { memberNotice } from '../../../server/domain/notices'
import { findOrg } from '../../../server/repositories/orgs'
import { phoneHash, pseudonymOf } from '../../../server/services/member-crypto'
import { BULK_WRITES, inParallel } from '../../../server/kernel/in-parallel'
import {
  findMember,
  fullyMatchedPending,
  listQueue,
  phoneNotHeld,
  updateMemberWithFollowUp,
  type MemberDoc,
} from '../../../server/repositories/members'
import { setRole } from '../../../server/repositories/users'
import {
  roleHolderId,
  districtId,
  registrationToVerify,
  requireBranch,
  verifierBranches,
} from './access'

export const queue: HandlerOf<'member', 'queue'> = async (ctx, input) => {
  const mine = verifierBranches(ctx)
  const branchIds = input.branchId
    ? mine && !mine.includes(input.branchId)
      ? []
      : [input.branchId]
    : (mine ?? undefined)
  const q = input.q ?? ''
  const isPhone = Phone.safeParse(q).success
  const page =
    branchIds && !branchIds.length
      ? { list: [], total: 0, page: input.page, pageSize: input.pageSize }
      : await listQueue(
          ctx.db,
          {
            status: input.status,
            districtId: await districtId(ctx),
            branchIds,
            kind: input.kind,
            rosterMatch: input.rosterMatch,
            ...(isPhone ? { phoneHash: phoneHash(q) } : q ? { namePrefix: q } : {}),
          },
          input,
        )
  return { ...page, list: await queuedViews(ctx, page.list) }
}

export const get: HandlerOf<'member', 'get'> = async (ctx, input) =>
  memberDetailView(ctx, await registrationToVerify(ctx, input.userId))

/** What a verifier's decision leaves to do: the audit entry and the member's message. */
function decisionFollowUps(
  ctx: Ctx,
  userId: string,
  action: 'approved' | 'rejected' | 'revoked',
  detail: { reason: string | null; notice: string; branchId?: string },
  now: Date,
): FollowUp[] {
  const by = roleHolderId(ctx)
  const { reason, branchId } = detail
  const entry = {
    subject: pseudonymOf(userId),
    action,
    by,
    at: now,
    reason,
    ...(branchId ? { branchId } : {}),
  }
  return [
    { kind: 'memberAudit', entry },
    { kind: 'notify', userIds: [userId], notice: memberNotice(action, now, detail.notice) },
  ]
}

/** The member's shop card, when the change may add them to it or take them off. */
const cardOf = (doc: MemberDoc): FollowUp[] =>
  doc.workShopId ? [{ kind: 'card', shopId: doc.workShopId }] : []

/**
 * Approves a pending registration into a branch; shared by one-by-one and one-pass approval
 * (`about` tells one pass's records apart). Throws CONFLICT when another verified member holds
 * the phone (the unique phoneHeld decides).
 */
async function approveInto(
  ctx: Ctx,
  doc: MemberDoc,
  branchId: string,
  about?: string,
): Promise<boolean> {
  const now = ctx.now()
  const branch = await findOrg(ctx.db, branchId)
  const notice = branch?.name ?? '党支部'
  // Showing status needs a verified registration: an approval may put the member on a card.
  const record = followUpRecord(
    ctx,
    [
      ...(doc.showStatus ? cardOf(doc) : []),
      ...decisionFollowUps(ctx, doc._id, 'approved', { reason: null, notice, branchId }, now),
    ],
    about,
  )
  // The role first: on its own it opens nothing (card and 亮身份 also need a verified
  // registration), so an interruption before the status changes leaves nothing half-granted.
  await setRole(ctx.db, doc._id, 'member', true, now)
  let approved: boolean
  try {
    approved = await updateMemberWithFollowUp(
      ctx.db,
      doc._id,
      ['pending'],
      {
        status: 'verified',
        branchId,
        rejectReason: null,
        decidedAt: now,
        decidedBy: roleHolderId(ctx),
        verifiedAt: now,
        cardSerial: doc.cardSerial + 1,
        phoneHeld: doc.phoneHash ?? phoneNotHeld(doc._id),
        updatedAt: now,
      },
      record,
    )
  } catch (err) {
    if (!isDuplicateWrite(err)) throw err
    await setRole(ctx.db, doc._id, 'member', false, now)
    throw conflict('该手机号已由另一名已认证的党员使用，请核实后退回')
  }
  if (!approved) {
    // Someone else decided first; the role stays only if that decision was an approval.
    if ((await findMember(ctx.db, doc._id))?.status !== 'verified')
      await setRole(ctx.db, doc._id, 'member', false, now)
    return false
  }
  await carryOut(ctx, record)
  return true
}

export const approve: HandlerOf<'member', 'approve'> = async (ctx, input) => {
  const doc = await registrationToVerify(ctx, input.userId)
  const branchId = input.branchId ?? doc.branchId
  if (!branchId) throw fieldError('branchId', '请选择要编入的党支部')
  await requireBranch(ctx, branchId)
  const mine = verifierBranches(ctx)
  if (mine && !mine.includes(branchId)) throw forbidden('只能编入您担任书记的支部')
  const done =
    (await takenBefore(ctx)) ||
    (doc.status === 'pending' && (await approveInto(ctx, doc, branchId)))
  if (!done) throw conflict('该登记已被处理，请刷新')
  return { userId: doc._id, status: 'verified' }
}

export const reject: HandlerOf<'member', 'reject'> = async (ctx, input) => {
  const doc = await registrationToVerify(ctx, input.userId)
  const result = { userId: doc._id, status: 'rejected' } as const
  if (await takenBefore(ctx)) return result
  const now = ctx.now()
  const reason = input.reason
  const record = followUpRecord(
    ctx,
    decisionFollowUps(ctx, doc._id, 'rejected', { reason, notice: reason }, now),
  )
  const rejected = await updateMemberWithFollowUp(
    ctx.db,
    doc._id,
    ['pending'],
    {
      status: 'rejected',
      rejectReason: reason,
      decidedAt: now,
      decidedBy: roleHolderId(ctx),
      updatedAt: now,
    },
    record,
  )
  if (!rejected) throw conflict('该登记已被处理，请刷新')
  await carryOut(ctx, record)
  return result
}

/** Revocation takes the member off every shop page at once and voids their card. */
export const revoke: HandlerOf<'member', 'revoke'> = async (ctx, input) => {
  const doc = await registrationToVerify(ctx, input.userId)
  const result = { userId: doc._id, status: 'revoked' } as const
  if (await takenBefore(ctx)) return result
  const now = ctx.now()
  const reason = input.reason
  const record = followUpRecord(ctx, [
    ...cardOf(doc),
    { kind: 'memberRole', userId: doc._id, held: false },
    ...decisionFollowUps(ctx, doc._id, 'revoked', { reason, notice: reason }, now),
  ])
  const revoked = await updateMemberWithFollowUp(
    ctx.db,
    doc._id,
    ['verified'],
    {
      status: 'revoked',
      showStatus: false,
      rejectReason: reason,
      cardSerial: doc.cardSerial + 1,
      phoneHeld: phoneNotHeld(doc._id),
      decidedAt: now,
      decidedBy: roleHolderId(ctx),
      updatedAt: now,
    },
    record,
  )
  if (!revoked) throw conflict('只有已认证的党员可以撤销')
  await carryOut(ctx, record)
  return result
}

/**
 * Approves every pending registration that agrees with the roster into its shop's branch. A typed
 * phone proves nothing (anyone can type a rostered member's number), so only phones WeChat vouched
 * for pass unseen; the rest are left for a person.
 */
/**
 * How many registrations one call of the one-pass approval takes: each is about six database
 * operations, so even one at a time over a slow link a batch ends well inside the deployed limit.
 */
export const APPROVE_BATCH = 200

/** One batch of the one-pass approval; the console calls again with `next` until it is null. */
export const approveMatched: HandlerOf<'member', 'approveMatched'> = async (ctx, input) => {
  const docs = await fullyMatchedPending(ctx.db, await districtId(ctx), input.after, APPROVE_BATCH)
  const outcomes = await inParallel(docs, BULK_WRITES, async (doc) => {
    if (!doc.branchId || !doc.phoneVerified) return false
    // A phone another member holds is left for a person to look at.
    return approveInto(ctx, doc, doc.branchId, doc._id).catch((err) => {
      if (err instanceof AppError && err.code === 'CONFLICT') return false
      throw err
    })
  })
  const approved = outcomes.filter(Boolean).length
  const next = docs.length === APPROVE_BATCH ? docs[docs.length - 1]._id : null
  return { approved, skipped: docs.length - approved, next }
}

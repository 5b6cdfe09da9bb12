// The verification queue: the committee and branch secretaries find registrations, compare them
// with the roster, and approve (into a branch) or reject with a reason; the committee may revoke.
// Every decision is a conditional update on the current status, written in one transaction with
// what it leaves to do (audit record, message, role, card), so a crash cannot lose those.
import { Phone } from '../../../types/common'
import type { MemberStatus } from '../../../types/member'
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
  type MemberChange,
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

const DECIDED = '该登记已被处理，请刷新'

/** A verifier's decision on a registration, as `decide` writes it. */
type Decision = {
  /** The statuses it may be taken from. */
  from: readonly MemberStatus[]
  action: 'approved' | 'rejected' | 'revoked'
  change: MemberChange
  /** The reason the verifier gave (null for an approval) and what the member's message says. */
  reason: string | null
  told: string
  branchId?: string
  /** What else follows besides the audit entry and the message: the shop card, the role. */
  also: FollowUp[]
  /** The CONFLICT message when the registration is no longer in one of `from`. */
  refused: string
}

/**
 * Writes the decision, only while the registration is in one of its `from` statuses, in one
 * transaction with what it leaves to do (the audit entry, the member's message, `also`), then
 * carries that out; `about` tells one pass's records apart. A retry of a request whose decision is
 * in finishes it instead.
 */
async function decide(ctx: Ctx, doc: MemberDoc, d: Decision, about?: string): Promise<void> {
  if (!about && (await takenBefore(ctx))) return
  const now = ctx.now()
  const by = roleHolderId(ctx)
  const entry = { subject: pseudonymOf(doc._id), action: d.action, by, at: now, reason: d.reason }
  const audit: FollowUp = {
    kind: 'memberAudit',
    entry: d.branchId ? { ...entry, branchId: d.branchId } : entry,
  }
  const told = memberNotice(d.action, now, d.told)
  const record = followUpRecord(
    ctx,
    [...d.also, audit, { kind: 'notify', userIds: [doc._id], notice: told }],
    about,
  )
  const change = { ...d.change, decidedAt: now, decidedBy: by, updatedAt: now }
  if (!(await updateMemberWithFollowUp(ctx.db, doc._id, d.from, change, record)))
    throw conflict(d.refused)
  await carryOut(ctx, record)
}

/** The member's shop card, when the change may add them to it or take them off. */
const cardOf = (doc: MemberDoc): FollowUp[] =>
  doc.workShopId ? [{ kind: 'card', shopId: doc.workShopId }] : []

/**
 * Approves a pending registration into a branch; shared by one-by-one and one-pass approval.
 * CONFLICT when it was decided meanwhile, or another verified member holds the phone (the unique
 * phoneHeld decides).
 */
async function approveInto(ctx: Ctx, doc: MemberDoc, branchId: string, about?: string) {
  // A retry of an approval that is in answers with it; a registration decided otherwise since the
  // page was loaded gets no role, not even for a moment.
  if (!about && (await takenBefore(ctx))) return
  if (doc.status !== 'pending') throw conflict(DECIDED)
  const now = ctx.now()
  const branch = await findOrg(ctx.db, branchId)
  // The role first: on its own it opens nothing (card and 亮身份 also need a verified
  // registration), so an interruption before the status changes leaves nothing half-granted.
  await setRole(ctx.db, doc._id, 'member', true, now)
  const approval: Decision = {
    from: ['pending'],
    action: 'approved',
    change: {
      status: 'verified',
      branchId,
      rejectReason: null,
      verifiedAt: now,
      cardSerial: doc.cardSerial + 1,
      phoneHeld: doc.phoneHash ?? phoneNotHeld(doc._id),
    },
    reason: null,
    told: branch?.name ?? '党支部',
    branchId,
    // Showing status needs a verified registration: an approval may put the member on a card.
    also: doc.showStatus ? cardOf(doc) : [],
    refused: DECIDED,
  }
  try {
    await decide(ctx, doc, approval, about)
  } catch (err) {
    // Refused, or decided by someone else first: the role stays only if that was an approval.
    const phoneTaken = isDuplicateWrite(err)
    if (phoneTaken || (await findMember(ctx.db, doc._id))?.status !== 'verified')
      await setRole(ctx.db, doc._id, 'member', false, now)
    throw phoneTaken ? conflict('该手机号已由另一名已认证的党员使用，请核实后退回') : err
  }
}

export const approve: HandlerOf<'member', 'approve'> = async (ctx, input) => {
  const doc = await registrationToVerify(ctx, input.userId)
  const branchId = input.branchId ?? doc.branchId
  if (!branchId) throw fieldError('branchId', '请选择要编入的党支部')
  await requireBranch(ctx, branchId)
  const mine = verifierBranches(ctx)
  if (mine && !mine.includes(branchId)) throw forbidden('只能编入您担任书记的支部')
  await approveInto(ctx, doc, branchId)
  return { userId: doc._id, status: 'verified' }
}

export const reject: HandlerOf<'member', 'reject'> = async (ctx, input) => {
  const doc = await registrationToVerify(ctx, input.userId)
  const { reason } = input
  await decide(ctx, doc, {
    from: ['pending'],
    action: 'rejected',
    change: { status: 'rejected', rejectReason: reason },
    reason,
    told: reason,
    also: [],
    refused: DECIDED,
  })
  return { userId: doc._id, status: 'rejected' }
}

/** Revocation takes the member off every shop page at once, voids their card and the role. */
export const revoke: HandlerOf<'member', 'revoke'> = async (ctx, input) => {
  const doc = await registrationToVerify(ctx, input.userId)
  const { reason } = input
  const revocation = { status: 'revoked', showStatus: false, rejectReason: reason } as const
  await decide(ctx, doc, {
    from: ['verified'],
    action: 'revoked',
    change: { ...revocation, cardSerial: doc.cardSerial + 1, phoneHeld: phoneNotHeld(doc._id) },
    reason,
    told: reason,
    also: [...cardOf(doc), { kind: 'memberRole', userId: doc._id, held: false }],
    refused: '只有已认证的党员可以撤销',
  })
  return { userId: doc._id, status: 'revoked' }
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
    return approveInto(ctx, doc, doc.branchId, doc._id).then(
      () => true,
      (err) => {
        if (err instanceof AppError && err.code === 'CONFLICT') return false
        throw err
      },
    )
  })
  const approved = outcomes.filter(Boolean).length
  const next = docs.length === APPROVE_BATCH ? docs[docs.length - 1]._id : null
  return { approved, skipped: docs.length - approved, next }
}

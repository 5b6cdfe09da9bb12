// The one way a step's consequences are made durable: the step writes them as a follow-up record
// in the same transaction as its own change (repositories/follow-ups.ts), runs them at once, and
// marks the record done. A crash in between leaves the record pending, and the next housekeeping
// sweep (hourly) runs it once it is a minute old. Every effect may run twice without harm: messages take ids derived from
// the record's, the card and the integrity are recomputed from the record of the shop, a lock is
// released only for its complaint, a role is added or pulled, an audit entry takes the record's id.
import crypto from 'node:crypto'
import type { Ctx } from '../kernel/context'
import type { NewDoc } from '../kernel/database'
import { releaseComplaintLock } from '../repositories/complaint-locks'
import { recordAudit, type AuditDoc } from '../repositories/member-audit'
import { setRole } from '../repositories/users'
import {
  findFollowUp,
  finishFollowUp,
  followUpsConcerning,
  pendingFollowUps,
  rewriteFollowUp,
  type FollowUpDoc,
} from '../repositories/follow-ups'
import { refreshShopCard } from './card-projection'
import { recomputeIntegrity } from './integrity'
import { notify, type Notice } from './notify'

export type FollowUp =
  | { kind: 'notify'; userIds: string[]; notice: Notice }
  | { kind: 'integrity'; shopId: string; reason: string }
  | { kind: 'card'; shopId: string }
  | { kind: 'releaseComplaintLock'; lockId: string; complaintId: string }
  | { kind: 'memberRole'; userId: string; held: boolean }
  | { kind: 'memberAudit'; entry: NewDoc<AuditDoc> }

export type FollowUpRecord = FollowUpDoc<FollowUp>

/** The card refreshes of these shops (null and repeated ids are skipped). */
export function cardEffects(shopIds: (string | null | undefined)[]): FollowUp[] {
  const ids = [...new Set(shopIds.filter((id): id is string => !!id))]
  return ids.map((shopId) => ({ kind: 'card', shopId }))
}

type FollowUpCtx = Pick<Ctx, 'db' | 'now' | 'services' | 'requestKey'>

/** A record the sweep leaves alone this long: the handler that wrote it is still running it. */
export const FOLLOW_UP_GRACE_MS = 60 * 1000

/** The most records one sweep runs; the next sweep takes the rest. */
const SWEEP_BATCH = 100

/**
 * An id every try of one request (same idempotency key) derives alike, so a retry finds what an
 * earlier try wrote (its follow-up record, the complaint or wish it created); random without a key.
 */
export function requestScopedId(ctx: Pick<Ctx, 'requestKey'>, label: string): string {
  if (!ctx.requestKey) return crypto.randomBytes(12).toString('hex')
  return crypto
    .createHash('sha256')
    .update(`${ctx.requestKey}\u0000${label}`)
    .digest('hex')
    .slice(0, 24)
}

/**
 * The pending record of these effects, to be written with the change they follow. A request
 * writes one (or one `about` each thing it changes): its id is the request's, so a retry finds it.
 */
export function followUpRecord(
  ctx: FollowUpCtx,
  effects: FollowUp[],
  about?: string,
): FollowUpRecord {
  return {
    _id: requestScopedId(ctx, about ? `follow-up:${about}` : 'follow-up'),
    effects,
    concerns: concernsOf(effects),
    createdAt: ctx.now(),
    doneAt: null,
  }
}

/** The people effects name: those told, those given or relieved of a role. */
function concernsOf(effects: FollowUp[]): string[] {
  const named = effects.flatMap((e) =>
    e.kind === 'notify' ? e.userIds : e.kind === 'memberRole' ? [e.userId] : [],
  )
  return [...new Set(named)]
}

/**
 * On 注销: the records say no more of the person — no message to them (of `kinds`, or none at all
 * when the account goes), no role change for them, no verifier's reason in their audit entry
 * (`subject`) — while the rest of each record (others' messages, a shop's card) stays, and so does
 * its id, which answers retries.
 */
export async function forgetInFollowUps(
  ctx: FollowUpCtx,
  userId: string,
  subject: string,
  kinds?: readonly string[],
): Promise<void> {
  const records = (await followUpsConcerning(ctx.db, userId)) as FollowUpRecord[]
  for (const record of records) {
    const effects = record.effects.flatMap((e): FollowUp[] => {
      if (e.kind === 'notify' && (!kinds || kinds.includes(e.notice.kind))) {
        const userIds = e.userIds.filter((id) => id !== userId)
        return userIds.length ? [{ ...e, userIds }] : []
      }
      if (e.kind === 'memberRole' && e.userId === userId) return []
      if (e.kind === 'memberAudit' && e.entry.subject === subject)
        return [{ ...e, entry: { ...e.entry, reason: null } }]
      return [e]
    })
    await rewriteFollowUp(ctx.db, record._id, effects, concernsOf(effects))
  }
}

async function perform(ctx: FollowUpCtx, effect: FollowUp, key: string): Promise<void> {
  switch (effect.kind) {
    case 'notify':
      return notify(ctx, effect.userIds, effect.notice, key)
    case 'integrity':
      await recomputeIntegrity(ctx, effect.shopId, effect.reason)
      return
    case 'card':
      await refreshShopCard(ctx.db, effect.shopId)
      return
    case 'releaseComplaintLock':
      return releaseComplaintLock(ctx.db, effect.lockId, effect.complaintId)
    case 'memberRole':
      return setRole(ctx.db, effect.userId, 'member', effect.held, ctx.now())
    case 'memberAudit':
      return recordAudit(ctx.db, { ...effect.entry, _id: key })
  }
}

/** Runs the record's effects in order and marks it done; throws if one failed (it stays pending). */
async function runFollowUps(ctx: FollowUpCtx, record: FollowUpRecord): Promise<void> {
  for (const [i, effect] of record.effects.entries())
    await perform(ctx, effect, `${record._id}:${i}`)
  await finishFollowUp(ctx.db, record._id, ctx.now())
}

/**
 * Runs the follow-ups of a write that is in. A failure is logged, not thrown: the write stands,
 * and the sweep finishes the record.
 */
export async function carryOut(ctx: FollowUpCtx, record: FollowUpRecord): Promise<void> {
  try {
    await runFollowUps(ctx, record)
  } catch (err) {
    console.error(`[follow-up] ${record._id} left to the sweep`, err)
  }
}

/**
 * A reminder sent once however often its timer runs: `take` claims its marker (a flag on the
 * document, or a marker of its own) together with the message's follow-up record, so a crash
 * after the claim delays the message to the sweep instead of losing it. False when another run
 * took the marker first.
 */
export async function remindOnce(
  ctx: FollowUpCtx,
  userIds: string[] | Promise<string[]>,
  notice: Notice,
  take: (record: FollowUpRecord) => Promise<boolean>,
): Promise<boolean> {
  const record = followUpRecord(ctx, [
    { kind: 'notify', userIds: [...new Set(await userIds)], notice },
  ])
  if (!(await take(record))) return false
  await carryOut(ctx, record)
  return true
}

/**
 * Whether an earlier try of this request already made its write (its follow-up record is there);
 * a record still pending is carried out now.
 */
export async function takenBefore(ctx: FollowUpCtx): Promise<boolean> {
  if (!ctx.requestKey) return false
  const id = requestScopedId(ctx, 'follow-up')
  const record = (await findFollowUp(ctx.db, id)) as FollowUpRecord | null
  if (!record) return false
  if (!record.doneAt) await carryOut(ctx, record)
  return true
}

/** The sweep: runs the records left pending for over a minute; how many it finished. */
export async function runLeftFollowUps(ctx: FollowUpCtx): Promise<number> {
  const before = new Date(ctx.now().getTime() - FOLLOW_UP_GRACE_MS)
  const left = (await pendingFollowUps(ctx.db, before, SWEEP_BATCH)) as FollowUpRecord[]
  let finished = 0
  for (const record of left) {
    try {
      await runFollowUps(ctx, record)
      finished++
    } catch (err) {
      console.error(`[follow-up] ${record._id} failed again`, err)
    }
  }
  return finished
}

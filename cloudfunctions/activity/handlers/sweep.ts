// The timed sweep (every 10 minutes; the committee may run it too): reminds the confirmed a day
// before the start; a day after the end marks confirmed no-shows absent and pauses whoever reached the
// absence limit; flags activities whose hours are still unconfirmed past the deadline; and repairs
// sign-up documents that disagree with the rosters or the times (a call that died between the two
// writes), and finishes cancels that died after the activity's write.
// Every step is once-only under overlapping runs: marks, conditional updates, reminder markers.
import { ACTIVITY_RULES } from '../../../types/activity'
import type { Ctx } from '../../../server/kernel/context'
import type { HandlerOf } from '../../../server/kernel/router'
import { evaluateAbsencePause } from '../../../server/domain/absence-pause'
import {
  promotedNotice,
  startingNotice,
  unconfirmedNotice,
} from '../../../server/domain/activity-notices'
import { finishCancel } from '../../../server/domain/cancel-activity'
import { newSignUpDoc } from '../../../server/domain/new-activity'
import { notify } from '../../../server/domain/notify'
import {
  carryOut,
  followUpRecord,
  remindOnce,
  type FollowUpRecord,
} from '../../../server/domain/follow-ups'
import { committeeIds } from '../../../server/domain/recipients'
import {
  activitiesStartingBetween,
  endedWithAbsencesUnmarked,
  flagActivity,
  markAbsencesDone,
  activitiesUpdatedSince,
  standing,
  unconfirmedPastDeadline,
  type ActivityDoc,
} from '../../../server/repositories/activities'
import { takeReminderMark } from '../../../server/repositories/reminder-marks'
import {
  markAbsent,
  signUpsOf,
  updateSignUp,
  updateSignUpIf,
  writeSignUp,
} from '../../../server/repositories/signups'

/** At most this many activities of each kind per run; the next run takes the rest. */
const BATCH = 100
const HOUR_MS = 3600_000
const DAY_MS = 24 * HOUR_MS
/** A sign-up written this recently may belong to a call still in flight. */
const IN_FLIGHT_MS = 60_000
/** No-shows are marked for activities that ended within this long (the sweep runs every 10 min). */
const ABSENCE_LOOKBACK_MS = 7 * DAY_MS
/** No-shows are marked absent this long after the end (confirmHours marks them sooner). */
const ABSENCE_GRACE_MS = DAY_MS

async function remind(ctx: Ctx, now: Date): Promise<number> {
  let reminded = 0
  const until = new Date(now.getTime() + ACTIVITY_RULES.reminderHours * HOUR_MS)
  for (const a of await activitiesStartingBetween(ctx.db, { after: now, upTo: until }, BATCH)) {
    // Keyed by the start too: an activity moved to another day is reminded again.
    const mark = `activity_starting:${a._id}:${new Date(a.startAt).getTime()}`
    if (!a.confirmed.length) continue
    const expiresAt = new Date(new Date(a.endAt).getTime() + DAY_MS)
    const take = (record: FollowUpRecord) => takeReminderMark(ctx.db, mark, expiresAt, record)
    if (await remindOnce(ctx, a.confirmed, startingNotice(a, now), take))
      reminded += a.confirmed.length
  }
  return reminded
}

async function markNoShows(ctx: Ctx, now: Date): Promise<{ absent: number; paused: number }> {
  let absent = 0
  let paused = 0
  const since = new Date(now.getTime() - ABSENCE_LOOKBACK_MS)
  // A day's grace after the end, so the leader can record attendance by hand first.
  const endedBy = new Date(now.getTime() - ABSENCE_GRACE_MS)
  for (const a of await endedWithAbsencesUnmarked(ctx.db, { after: since, upTo: endedBy }, BATCH)) {
    const missed: string[] = []
    for (const s of await signUpsOf(ctx.db, a._id, ['confirmed'])) {
      if (s.checkInAt || s.attendance) continue
      if (await markAbsent(ctx.db, s._id, now)) missed.push(s.userId)
    }
    await markAbsencesDone(ctx.db, a._id, now)
    absent += missed.length
    for (const userId of missed)
      if ((await evaluateAbsencePause(ctx, a, userId, now)) === 'paused') paused++
  }
  return { absent, paused }
}

async function flagUnconfirmed(ctx: Ctx, now: Date): Promise<number> {
  let flagged = 0
  const late = await unconfirmedPastDeadline(ctx.db, now, BATCH)
  if (!late.length) return 0
  const committee = await committeeIds(ctx.db)
  for (const a of late) {
    const told = [...new Set([...committee, ...a.leaderIds])]
    const record = followUpRecord(ctx, [
      { kind: 'notify', userIds: told, notice: unconfirmedNotice(a, now) },
    ])
    if (!(await flagActivity(ctx.db, a._id, now, record))) continue
    flagged++
    await carryOut(ctx, record)
  }
  return flagged
}

/** Rewrites the activity's sign-ups that disagree with its rosters; how many it rewrote. */
async function repairSignUps(ctx: Ctx, a: ActivityDoc, now: Date): Promise<number> {
  const settled = (at: Date) => now.getTime() - new Date(at).getTime() > IN_FLIGHT_MS
  const docs = new Map((await signUpsOf(ctx.db, a._id)).map((s) => [s.userId, s]))
  let repaired = 0
  const promoted: string[] = []
  for (const userId of [...a.confirmed, ...a.waitlist]) {
    const s = standing(a, userId)!
    const doc = docs.get(userId)
    if (!doc) {
      if (!settled(a.updatedAt)) continue
      await writeSignUp(ctx.db, newSignUpDoc(a, userId, s, null, now))
      repaired++
    } else if (doc.status !== s.status && settled(doc.updatedAt)) {
      // A promotion whose notice was lost with the call that made it.
      const promotion = doc.status === 'waitlisted' && s.status === 'confirmed'
      const moved = await updateSignUpIf(ctx.db, doc._id, [doc.status], {
        status: s.status,
        ...(promotion ? { promotedAt: now } : {}),
        updatedAt: now,
      })
      if (!moved) continue
      repaired++
      if (promotion) promoted.push(userId)
    }
  }
  const same = (x: Date, y: Date) => new Date(x).getTime() === new Date(y).getTime()
  for (const doc of docs.values()) {
    // An edit of the times that died before retiming its sign-ups (the overlap check reads these).
    if (
      settled(a.updatedAt) &&
      (!same(doc.startAt, a.startAt) || !same(doc.endAt, a.endAt)) &&
      (await updateSignUp(
        ctx.db,
        doc._id,
        { startAt: a.startAt, endAt: a.endAt, updatedAt: now },
        { startAt: doc.startAt, endAt: doc.endAt },
      ))
    )
      repaired++
    const live = doc.status === 'confirmed' || doc.status === 'waitlisted'
    if (!live || standing(a, doc.userId) || !settled(doc.updatedAt)) continue
    if (
      await updateSignUpIf(ctx.db, doc._id, [doc.status], {
        status: 'cancelled',
        cancelledAt: now,
        updatedAt: now,
      })
    )
      repaired++
  }
  if (promoted.length) await notify(ctx, promoted, promotedNotice(a, now))
  return repaired
}

export const sweep: HandlerOf<'activity', 'sweep'> = async (ctx) => {
  const now = ctx.now()
  const reminded = await remind(ctx, now)
  const { absent, paused } = await markNoShows(ctx, now)
  const flagged = await flagUnconfirmed(ctx, now)
  let repaired = 0
  const since = new Date(now.getTime() - DAY_MS)
  for (const a of await activitiesUpdatedSince(ctx.db, 'open', now, since, BATCH))
    repaired += await repairSignUps(ctx, a, now)
  // A cancel that died after the activity's write: its sign-ups dropped, the signed-up told once.
  for (const a of await activitiesUpdatedSince(ctx.db, 'cancelled', now, since, BATCH))
    if (now.getTime() - new Date(a.updatedAt).getTime() > IN_FLIGHT_MS)
      repaired += await finishCancel(ctx, a, now)
  return { reminded, absent, paused, flagged, repaired }
}

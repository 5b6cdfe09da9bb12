// The absence pause, judged in one place for the sweep (no-shows marked absent), confirmHours (the
// same, when the leader confirms first) and attendance by hand (a leader turning 缺席 into present
// or the reverse): reaching the limit within the window pauses sign-ups and tells the volunteer;
// falling below it again lifts a pause in force.
import { ACTIVITY_RULES } from '../../types/activity'
import type { Ctx } from '../kernel/context'
import type { ActivityDoc } from '../repositories/activities'
import { countAbsences } from '../repositories/signups'
import { findVolunteer, setPause } from '../repositories/volunteers'
import { pausedNotice } from './activity-notices'
import { carryOut, followUpRecord } from './follow-ups'

const DAY_MS = 24 * 3600_000
const WINDOW_MS = ACTIVITY_RULES.absenceWindowDays * DAY_MS
const PAUSE_MS = ACTIVITY_RULES.pauseDays * DAY_MS

/** Pauses or lifts the volunteer's pause as their absences now stand; what it did, if anything. */
export async function evaluateAbsencePause(
  ctx: Ctx,
  a: ActivityDoc,
  userId: string,
  now: Date,
): Promise<'paused' | 'lifted' | null> {
  const v = await findVolunteer(ctx.db, userId)
  if (!v || v.status !== 'active') return null
  const was = v.pausedUntil ? new Date(v.pausedUntil) : null
  if (was && was > now) {
    // In force: judged again on the window it was judged on (ending when it began).
    const began = was.getTime() - PAUSE_MS
    const absences = await countAbsences(ctx.db, userId, new Date(began - WINDOW_MS))
    if (absences >= ACTIVITY_RULES.absenceLimit) return null
    return (await setPause(ctx.db, userId, was, null, now)) ? 'lifted' : null
  }
  // Absences already paid for by an earlier pause do not count again.
  const lastPause = was ? was.getTime() - PAUSE_MS : 0
  const since = new Date(Math.max(now.getTime() - WINDOW_MS, lastPause))
  const absences = await countAbsences(ctx.db, userId, since)
  if (absences < ACTIVITY_RULES.absenceLimit) return null
  const until = new Date(now.getTime() + PAUSE_MS)
  const reason = `${ACTIVITY_RULES.absenceWindowDays} 天内缺席 ${absences} 次`
  // Of two overlapping calls one pauses, and only that one tells the volunteer.
  // One record per volunteer: confirmHours pauses several under one request key.
  const told = followUpRecord(
    ctx,
    [{ kind: 'notify', userIds: [userId], notice: pausedNotice(a, until, reason, now) }],
    `pause:${userId}`,
  )
  const pause = { until, reason }
  if (!(await setPause(ctx.db, userId, v.pausedUntil ?? null, pause, now, told))) return null
  await carryOut(ctx, told)
  return 'paused'
}

// What follows an activity's cancel write: every live sign-up dropped, and the signed-up told once.
// Run by the cancel itself, by a retry of it (the first call may have died after the activity's
// write), and by the sweep's repair, so a crash between the writes is always finished; the marker
// in reminder_marks, written with the message's follow-up record, makes sure everybody is told
// once.
import type { Ctx } from '../kernel/context'
import type { ActivityDoc } from '../repositories/activities'
import { takeReminderMark } from '../repositories/reminder-marks'
import { dropSignUps } from '../repositories/signups'
import { cancelledNotice } from './activity-notices'
import { remindOnce, type FollowUpRecord } from './follow-ups'

const DAY_MS = 24 * 3600_000

/** Drops the cancelled activity's live sign-ups and tells the signed-up once; how many it dropped. */
export async function finishCancel(ctx: Ctx, a: ActivityDoc, now: Date): Promise<number> {
  const dropped = await dropSignUps(ctx.db, a._id, now)
  const people = [...a.confirmed, ...a.waitlist]
  const expires = new Date(Math.max(new Date(a.endAt).getTime(), now.getTime()) + DAY_MS)
  if (people.length) {
    const notice = cancelledNotice(a, a.cancelReason ?? '', now)
    const take = (record: FollowUpRecord) =>
      takeReminderMark(ctx.db, `activity_cancelled:${a._id}`, expires, record)
    await remindOnce(ctx, people, notice, take)
  }
  return dropped
}

// "This reminder was sent": a marker whose unique id is taken by one insert, so a reminder goes out
// once however often (or however concurrently) the timer runs. Expired markers are swept.
import { addUnlessPresent, collection, type Database } from '../kernel/database'

/** Takes the marker; false when another run took it first. */
export async function takeReminderMark(
  db: Database,
  id: string,
  expiresAt: Date,
): Promise<boolean> {
  return addUnlessPresent(db, 'reminder_marks', { _id: id, expiresAt })
}

export async function removeExpiredReminderMarks(db: Database, now: Date): Promise<number> {
  const res = await collection(db, 'reminder_marks')
    .where({ expiresAt: db.command.lt(now) })
    .remove()
  return Number(res.deleted ?? 0)
}

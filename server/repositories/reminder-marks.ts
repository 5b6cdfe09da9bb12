// "This reminder was sent": a marker whose unique id is taken by one insert, so a reminder goes out
// once however often (or however concurrently) the timer runs. Expired markers are swept (expired.ts).
import { addUnlessPresent, type Database } from '../kernel/database'

/** Takes the marker; false when another run took it first. */
export async function takeReminderMark(
  db: Database,
  id: string,
  expiresAt: Date,
): Promise<boolean> {
  return addUnlessPresent(db, 'reminder_marks', { _id: id, expiresAt })
}

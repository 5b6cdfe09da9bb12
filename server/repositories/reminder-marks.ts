// "This reminder was sent": a marker whose unique id is taken by one insert, so a reminder goes out
// once however often (or however concurrently) the timer runs. Expired markers are swept.
import { collection, type Database } from '../kernel/database'

/** Takes the marker; false when another run took it first. */
export async function takeReminderMark(
  db: Database,
  id: string,
  expiresAt: Date,
): Promise<boolean> {
  try {
    await collection(db, 'reminder_marks').add({ _id: id, expiresAt })
    return true
  } catch (err) {
    if ((err as { code?: string }).code !== 'DATABASE_DUPLICATE_WRITE') throw err
    return false
  }
}

export async function removeExpiredReminderMarks(db: Database, now: Date): Promise<number> {
  const res = await collection(db, 'reminder_marks')
    .where({ expiresAt: db.command.lt(now) })
    .remove()
  return Number(res.deleted ?? 0)
}

// "This reminder was sent": a marker whose unique id is taken by one insert, so a reminder goes out
// once however often (or however concurrently) the timer runs. The marker is written with the
// message's follow-up record, so a crash after taking it cannot lose the message. Expired markers
// are swept (expired.ts).
import type { Database } from '../kernel/database'
import { insertsWithFollowUp, updateWithFollowUp, type FollowUpDoc } from './follow-ups'

type ReminderMarkDoc = { _id: string; expiresAt: Date }

const insertMark = insertsWithFollowUp<ReminderMarkDoc>('reminder_marks')

/** Takes the marker with the message's follow-up record; false when another run took it first. */
export function takeReminderMark(
  db: Database,
  id: string,
  expiresAt: Date,
  record: FollowUpDoc,
): Promise<boolean> {
  return insertMark(db, { _id: id, expiresAt }, record)
}

type DueSoon = { status: string; deadline: Date | null; dueSoonNotified?: boolean }

/**
 * The due-soon reminder of a document with a deadline: `dueSoonNotified` set once for this
 * deadline while the document is still `status`, with the message's follow-up record; false when
 * another run took it first or the document moved on. A new deadline clears the flag.
 */
export function dueSoonMarker(name: 'complaints' | 'wishes', status: string) {
  return (db: Database, id: string, deadline: Date, record: FollowUpDoc): Promise<boolean> => {
    const unreminded = (doc: DueSoon) =>
      doc.status === status &&
      doc.dueSoonNotified !== true &&
      new Date(doc.deadline ?? 0).getTime() === deadline.getTime()
    return updateWithFollowUp(db, name, id, unreminded, { dueSoonNotified: true }, {}, record)
  }
}

// Each person's sign-up to an activity, `_id` = activity:user: their projection of the activity's
// rosters (activities.ts holds the truth of places and the waitlist), plus what happens on the
// day — check-in, check-out, attendance — and the hours once the leader confirms them.
import type { AttendanceMark, SignUpStatus } from '../../types/activity'
import { collection, type Database, type Transaction } from '../kernel/database'
import { pagedQuery, type PageRequest } from './paged'
import { findById, firstInOrder, updateIf } from './reads'
import type { ActivityAuditDoc } from './activity-audit'
import type { ActivityDoc } from './activities'
import type { Stamped } from './stamped'

export type SignUpDoc = Stamped & {
  _id: string
  activityId: string
  userId: string
  /** Copied from the activity: a person's list and the overlap check read them from here. */
  startAt: Date
  endAt: Date
  status: SignUpStatus
  /** Cancelled after the free-cancel cut-off. */
  lateCancel: boolean
  signedUpAt: Date
  promotedAt: Date | null
  cancelledAt: Date | null
  attendance: AttendanceMark | null
  checkInAt: Date | null
  checkOutAt: Date | null
  /** Metres from the activity's point at check-in, when the phone gave a location. */
  checkInDistance: number | null
  /** Attendance or times set by hand by a leader (audited in activity_audit). */
  manual: boolean
  /** Confirmed hours; null until the leader confirms the activity. */
  hours: number | null
}

export const signUpId = (activityId: string, userId: string) => `${activityId}:${userId}`

const signups = (db: Database) => collection(db, 'signups')

export function findSignUp(
  db: Database,
  activityId: string,
  userId: string,
): Promise<SignUpDoc | null> {
  return findById<SignUpDoc>(db, 'signups', signUpId(activityId, userId))
}

/** Writes the person's sign-up whole (a new one, or one signing up again after a cancel). */
export async function writeSignUp(db: Database, doc: SignUpDoc): Promise<void> {
  const { _id, ...fields } = doc
  await signups(db).doc(_id).set(fields)
}

/** Changes the sign-up only while its status is one of `from`; false when it had moved on. */
export function updateSignUpIf(
  db: Database,
  id: string,
  from: readonly SignUpStatus[],
  change: Partial<Omit<SignUpDoc, '_id' | 'activityId' | 'userId' | 'createdAt'>>,
): Promise<boolean> {
  return updateIf(db, 'signups', { _id: id, status: db.command.in([...from]) }, change)
}

/** The person's sign-ups ending after `after`: the overlap check's candidates. */
export function signUpsEndingAfter(
  db: Database,
  userId: string,
  after: Date,
): Promise<SignUpDoc[]> {
  const where = { userId, endAt: db.command.gt(after) }
  return firstInOrder<SignUpDoc>(db, 'signups', where, { field: 'endAt', direction: 'asc' }, 200)
}

/** The person's sign-ups, not yet ended (soonest first) or ended (latest first). */
export function listMySignUps(
  db: Database,
  userId: string,
  when: 'upcoming' | 'past',
  now: Date,
  page: PageRequest,
) {
  const _ = db.command
  return pagedQuery<SignUpDoc>(
    signups(db).where({ userId, endAt: when === 'upcoming' ? _.gt(now) : _.lte(now) }),
    { field: 'endAt', direction: when === 'upcoming' ? 'asc' : 'desc' },
    page,
  )
}

/** An activity's sign-ups, optionally only those with one of `statuses`. */
export async function signUpsOf(
  db: Database,
  activityId: string,
  statuses?: readonly SignUpStatus[],
): Promise<SignUpDoc[]> {
  const where: Record<string, unknown> = { activityId }
  if (statuses) where.status = db.command.in([...statuses])
  const res = await signups(db).where(where).limit(1000).get()
  return res.data as SignUpDoc[]
}

/** Rewrites every sign-up of the activity with its new times. */
export async function retimeSignUps(
  db: Database,
  activityId: string,
  startAt: Date,
  endAt: Date,
  now: Date,
): Promise<void> {
  await signups(db).where({ activityId }).update({ startAt, endAt, updatedAt: now })
}

/** The activity was cancelled: every live sign-up becomes `dropped`; how many did. */
export async function dropSignUps(db: Database, activityId: string, now: Date): Promise<number> {
  const res = await signups(db)
    .where({ activityId, status: db.command.in(['confirmed', 'waitlisted']) })
    .update({ status: 'dropped', updatedAt: now })
  return res.updated ?? 0
}

/** Marks a confirmed no-show absent, unless a check-in or a mark came first. */
export function markAbsent(db: Database, id: string, now: Date): Promise<boolean> {
  const where = { _id: id, status: 'confirmed', checkInAt: null, attendance: null }
  return updateIf(db, 'signups', where, { attendance: 'absent', updatedAt: now })
}

/** The person's absences on activities that ended after `since`. */
export async function countAbsences(db: Database, userId: string, since: Date): Promise<number> {
  const res = await signups(db)
    .where({ userId, attendance: 'absent', endAt: db.command.gt(since) })
    .count()
  return res.total
}

/** Writes fields of a sign-up, only where it still matches `where` (a racing call may have won). */
export function updateSignUp(
  db: Database,
  id: string,
  change: Partial<SignUpDoc>,
  where: Record<string, unknown> = {},
): Promise<boolean> {
  return updateIf(db, 'signups', { _id: id, ...where }, change)
}

export type AttendanceChange = Pick<SignUpDoc, 'attendance' | 'checkInAt' | 'checkOutAt'>

const sameInstant = (x: Date | null, y: Date | null) =>
  (x ? new Date(x).getTime() : null) === (y ? new Date(y).getTime() : null)

/**
 * Sets attendance by hand and writes its audit row in one transaction. The row's id comes from the
 * sign-up, the version changed and the new mark, so a retry neither loses nor duplicates it; a
 * retry finding the change made writes nothing. The transaction reads what confirming the hours
 * writes (the sign-up's hours, the activity's state), so a mark racing a confirmation either lands
 * before the hours are fixed from it or is refused: 'hours-confirmed'. Otherwise the sign-up as it
 * was, or null when missing.
 */
export async function setAttendanceAudited(
  db: Database,
  id: string,
  change: AttendanceChange,
  audit: Omit<ActivityAuditDoc, '_id' | 'before' | 'after'>,
  now: Date,
): Promise<{ before: SignUpDoc; changed: boolean } | 'hours-confirmed' | null> {
  return (await db.runTransaction(async (tx: Transaction) => {
    const found = (await tx.collection('signups').doc(id).get()).data as SignUpDoc | null
    if (!found) return null
    const activity = (await tx.collection('activities').doc(found.activityId).get())
      .data as ActivityDoc | null
    if (typeof found.hours === 'number' || activity?.hoursState === 'confirmed')
      return 'hours-confirmed'
    const before = { ...found, _id: id }
    const same =
      found.manual &&
      found.attendance === change.attendance &&
      sameInstant(found.checkInAt, change.checkInAt) &&
      sameInstant(found.checkOutAt, change.checkOutAt)
    if (same) return { before, changed: false }
    const version = new Date(found.updatedAt).getTime()
    await tx
      .collection('signups')
      .doc(id)
      .update({ ...change, manual: true, updatedAt: now })
    await tx
      .collection('activity_audit')
      .doc(`attendance:${id}:${version}:${change.attendance}`)
      .set({
        ...audit,
        before: {
          attendance: found.attendance,
          checkInAt: found.checkInAt,
          checkOutAt: found.checkOutAt,
        },
        after: change,
      })
    return { before, changed: true }
  })) as { before: SignUpDoc; changed: boolean } | 'hours-confirmed' | null
}

/**
 * Fixes the sign-up's hours from its marks as they are now, in a transaction that reads them, so a
 * mark set by hand at the same moment is either counted or refused (see setAttendanceAudited). The
 * hours fixed before are kept (a retried confirmation reads them back); null when it is missing.
 */
export async function fixSignUpHours(
  db: Database,
  id: string,
  hoursFor: (s: SignUpDoc) => number,
  now: Date,
): Promise<number | null> {
  return (await db.runTransaction(async (tx: Transaction) => {
    const found = (await tx.collection('signups').doc(id).get()).data as SignUpDoc | null
    if (!found) return null
    if (typeof found.hours === 'number') return found.hours
    const hours = hoursFor({ ...found, _id: id })
    await tx.collection('signups').doc(id).update({ hours, updatedAt: now })
    return hours
  })) as number | null
}

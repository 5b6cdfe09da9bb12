// Each person's sign-up to an activity, `_id` = activity:user: their projection of the activity's
// rosters (activities.ts holds the truth of places and the waitlist), plus what happens on the
// day — check-in, check-out, attendance — and the hours once the leader confirms them.
import type { AttendanceMark, SignUpStatus } from '../../types/activity'
import { collection, type Database } from '../kernel/database'

export type SignUpDoc = {
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
  createdAt: Date
  updatedAt: Date
}

export const signUpId = (activityId: string, userId: string) => `${activityId}:${userId}`

const signups = (db: Database) => collection(db, 'signups')

export async function findSignUp(
  db: Database,
  activityId: string,
  userId: string,
): Promise<SignUpDoc | null> {
  const res = await signups(db).doc(signUpId(activityId, userId)).get()
  return (res.data[0] as SignUpDoc | undefined) ?? null
}

/** Every sign-up of an activity (an activity has at most 1,000: its places and its waitlist). */
export async function signUpsOfActivity(db: Database, activityId: string): Promise<SignUpDoc[]> {
  const res = await signups(db).where({ activityId }).limit(1000).get()
  return res.data as SignUpDoc[]
}

/** The user's sign-ups to activities not yet ended. */
export async function openSignUpsOf(db: Database, userId: string, now: Date): Promise<SignUpDoc[]> {
  const res = await signups(db)
    .where({ userId, endAt: db.command.gt(now) })
    .limit(1000)
    .get()
  return res.data as SignUpDoc[]
}

/** Writes fields of a sign-up; `unless` guards against overwriting what a racing call wrote. */
export async function updateSignUp(
  db: Database,
  id: string,
  change: Partial<SignUpDoc>,
  where: Record<string, unknown> = {},
): Promise<boolean> {
  const res = await signups(db)
    .where({ _id: id, ...where })
    .update(change)
  return res.updated === 1
}

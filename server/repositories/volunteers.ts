// 志愿者, `_id` = the user's id. Phones are stored like members' (ciphertext + lookup hash). Hours
// are kept as running totals, added atomically when a leader confirms an activity, so the
// volunteer's page does not sum a thousand records.
import { collection, escapeRegExp, isDuplicateWrite, type Database } from '../kernel/database'
import { findById, findByIds, updateIf } from './reads'

export type VolunteerDoc = {
  _id: string
  /** withdrawn: consent taken back; the name stays for the kept service records. */
  status: 'active' | 'withdrawn'
  realName: string
  phoneCipher: string | null
  phoneHash: string | null
  skills: string[]
  areas: string[]
  consent: { version: string; at: Date }
  /** Registered with a verified member's prefilled details. */
  fromMember: boolean
  totalHours: number
  /** Hours by year (Asia/Shanghai), e.g. { '2026': 12.5 }. */
  hoursByYear: Record<string, number>
  pausedUntil: Date | null
  pauseReason: string | null
  createdAt: Date
  updatedAt: Date
}

const volunteers = (db: Database) => collection(db, 'volunteers')

export function findVolunteer(db: Database, userId: string): Promise<VolunteerDoc | null> {
  return findById<VolunteerDoc>(db, 'volunteers', userId)
}

/**
 * Pauses sign-ups until `until`, only if the pause is still what was read (`wasUntil`): of two
 * overlapping sweeps one pauses, and only that one tells the volunteer.
 */
export function pauseVolunteer(
  db: Database,
  userId: string,
  wasUntil: Date | null,
  until: Date,
  reason: string,
  now: Date,
): Promise<boolean> {
  const change = { pausedUntil: until, pauseReason: reason, updatedAt: now }
  return updateIf(db, 'volunteers', { _id: userId, pausedUntil: wasUntil }, change)
}

/** Lifts the pause read as `wasUntil` (its absences were corrected); false if it had changed. */
export function liftPause(
  db: Database,
  userId: string,
  wasUntil: Date,
  now: Date,
): Promise<boolean> {
  const change = { pausedUntil: null, pauseReason: null, updatedAt: now }
  return updateIf(db, 'volunteers', { _id: userId, pausedUntil: wasUntil }, change)
}

export function findVolunteers(db: Database, ids: string[]): Promise<VolunteerDoc[]> {
  return findByIds<VolunteerDoc>(db, 'volunteers', ids)
}

/** Creates or updates the profile's own fields; hours and pauses are never touched here. */
export async function saveVolunteer(
  db: Database,
  existing: VolunteerDoc | null,
  doc: VolunteerDoc,
): Promise<void> {
  if (!existing) {
    try {
      await volunteers(db).add(doc)
      return
    } catch (err) {
      if (!isDuplicateWrite(err)) throw err
      // Registered by a concurrent retry: fall through to the update.
    }
  }
  const { _id, totalHours, hoursByYear, pausedUntil, pauseReason, createdAt, ...fields } = doc
  void [totalHours, hoursByYear, pausedUntil, pauseReason, createdAt]
  await volunteers(db).doc(_id).update(fields)
}

/** Withdrawal: the personal details go, the name and hours stay for the kept records. */
export async function withdrawVolunteer(db: Database, userId: string, now: Date): Promise<void> {
  await volunteers(db).doc(userId).update({
    status: 'withdrawn',
    phoneCipher: null,
    phoneHash: null,
    skills: [],
    areas: [],
    updatedAt: now,
  })
}

/** Active volunteers whose name starts with `prefix`, at most `limit`. */
export async function volunteersByNamePrefix(
  db: Database,
  prefix: string,
  limit: number,
): Promise<VolunteerDoc[]> {
  const res = await volunteers(db)
    .where({ status: 'active', realName: db.RegExp({ regexp: `^${escapeRegExp(prefix)}` }) })
    .limit(limit)
    .get()
  return res.data as VolunteerDoc[]
}

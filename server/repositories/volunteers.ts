// 志愿者, `_id` = the user's id. Phones are stored like members' (ciphertext + lookup hash). Hours
// are kept as running totals, added atomically when a leader confirms an activity, so the
// volunteer's page does not sum a thousand records.
import { collection, escapeRegExp, isDuplicateWrite, type Database } from '../kernel/database'
import { byId, byIds } from './reads'
import type { Stamped } from './stamped'
import { updateWithFollowUp, type FollowUpDoc } from './follow-ups'

export type VolunteerDoc = Stamped & {
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
}

const volunteers = (db: Database) => collection(db, 'volunteers')

export const findVolunteer = byId<VolunteerDoc>('volunteers')

/** Why and until when a volunteer may not sign up. */
export type Pause = { until: Date; reason: string }

/**
 * Sets the pause (or lifts it, with null), only if it is still what was read (`wasUntil`): of two
 * overlapping sweeps one changes it, and only that one tells the volunteer, by the follow-up
 * record written with it.
 */
export function setPause(
  db: Database,
  userId: string,
  wasUntil: Date | null,
  pause: Pause | null,
  now: Date,
  record: FollowUpDoc | null = null,
): Promise<boolean> {
  const time = (d: Date | null | undefined) => (d ? new Date(d).getTime() : null)
  const unchanged = (v: VolunteerDoc) => time(v.pausedUntil) === time(wasUntil)
  const change = { pausedUntil: pause?.until ?? null, pauseReason: pause?.reason ?? null }
  return updateWithFollowUp(
    db,
    'volunteers',
    userId,
    unchanged,
    { ...change, updatedAt: now },
    {},
    record,
  )
}

export const findVolunteers = byIds<VolunteerDoc>('volunteers')

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

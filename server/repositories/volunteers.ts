// 志愿者, `_id` = the user's id. Phones are stored like members' (ciphertext + lookup hash). Hours
// are kept as running totals, added atomically when a leader confirms an activity, so the
// volunteer's page does not sum a thousand records.
import { collection, type Database } from '../kernel/database'

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

export async function findVolunteer(db: Database, userId: string): Promise<VolunteerDoc | null> {
  const res = await volunteers(db).doc(userId).get()
  return (res.data[0] as VolunteerDoc | undefined) ?? null
}

/**
 * Pauses sign-ups until `until`, only if the pause is still what was read (`wasUntil`): of two
 * overlapping sweeps one pauses, and only that one tells the volunteer.
 */
export async function pauseVolunteer(
  db: Database,
  userId: string,
  wasUntil: Date | null,
  until: Date,
  reason: string,
  now: Date,
): Promise<boolean> {
  const res = await volunteers(db)
    .where({ _id: userId, pausedUntil: wasUntil })
    .update({ pausedUntil: until, pauseReason: reason, updatedAt: now })
  return (res.updated ?? 0) > 0
}

export async function findVolunteers(db: Database, ids: string[]): Promise<VolunteerDoc[]> {
  if (!ids.length) return []
  const res = await volunteers(db)
    .where({ _id: db.command.in([...new Set(ids)]) })
    .limit(ids.length)
    .get()
  return res.data as VolunteerDoc[]
}

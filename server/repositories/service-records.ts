// 志愿服务记录, `_id` = activity:user: one per volunteer per confirmed activity, with every field
// 《志愿服务记录与证明出具办法（试行）》 names, copied as they were when recorded so a later edit of the
// activity does not rewrite history. A correction changes `hours` only through its decision.
import type { ActivityCategory } from '../../types/activity'
import { collection, type Database } from '../kernel/database'

export type CorrectionDoc = {
  hours: number
  reason: string
  requestedAt: Date
  decidedAt: Date | null
  decidedBy: string | null
  /** The hours before an approved correction. */
  previousHours: number | null
  note: string | null
}

export type ServiceRecordDoc = {
  _id: string
  activityId: string
  volunteerId: string
  volunteerName: string
  activityTitle: string
  category: ActivityCategory
  /** YYYY-MM-DD and YYYY-MM of the activity's start, Asia/Shanghai. */
  date: string
  month: string
  place: string
  content: string
  hours: number
  organiser: string
  organiserOrgId: string | null
  /** 负责人, by name, and their ids (who may decide a correction). */
  leader: string
  leaderIds: string[]
  recordedAt: Date
  recordedBy: string
  correctionStatus: 'none' | 'pending' | 'approved' | 'rejected'
  /** When the pending correction was asked for (the queue's order); null without one. */
  requestedAt: Date | null
  correction: CorrectionDoc | null
}

const records = (db: Database) => collection(db, 'service_records')

export async function findServiceRecord(
  db: Database,
  id: string,
): Promise<ServiceRecordDoc | null> {
  const res = await records(db).doc(id).get()
  return (res.data[0] as ServiceRecordDoc | undefined) ?? null
}

// 志愿服务的修改记录: attendance set by hand, corrections decided, phones revealed, everyone checked
// out — who did what to whom, when, why, with the values before and after.
import { collection, type Database, type NewDoc } from '../kernel/database'

export type ActivityAuditDoc = {
  _id: string
  activityId: string
  /** The volunteer concerned; null for an action on the whole activity. */
  userId: string | null
  action: 'attendance' | 'contact' | 'checkOutAll' | 'correction'
  by: string
  at: Date
  reason: string | null
  before: unknown
  after: unknown
}

export async function recordActivityAudit(
  db: Database,
  entry: NewDoc<ActivityAuditDoc>,
): Promise<void> {
  await collection(db, 'activity_audit').add(entry)
}

export async function auditOfActivity(db: Database, activityId: string) {
  const res = await collection(db, 'activity_audit')
    .where({ activityId })
    .orderBy('at', 'desc')
    .limit(200)
    .get()
  return res.data as ActivityAuditDoc[]
}

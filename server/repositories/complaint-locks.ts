// At most one open complaint per person per shop: a lock document `_id` = user:shop, inserted when
// a complaint is filed (the unique _id refuses a second) and removed when it is closed or rejected.
import { addUnlessPresent, collection, type Database } from '../kernel/database'
import { byId } from './reads'

export type ComplaintLockDoc = { _id: string; complaintId: string; createdAt: Date }

export function complaintLockId(userId: string, shopId: string): string {
  return `${userId}:${shopId}`
}

/** Takes the lock for a complaint about to be filed; false when one is already open. */
export async function takeComplaintLock(db: Database, lock: ComplaintLockDoc): Promise<boolean> {
  return addUnlessPresent(db, 'complaint_locks', lock)
}

export const findComplaintLock = byId<ComplaintLockDoc>('complaint_locks')

/** Releases the lock, only if it still belongs to this complaint. */
export async function releaseComplaintLock(
  db: Database,
  id: string,
  complaintId: string,
): Promise<void> {
  await collection(db, 'complaint_locks').where({ _id: id, complaintId }).remove()
}

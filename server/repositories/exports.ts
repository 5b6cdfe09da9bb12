// Generated files handed out for download: each is recorded with when it may go, so the
// housekeeping sweep can delete the file from storage (which has no listing call) and then its record.
import { collection, type Database } from '../kernel/database'
import { adds } from './reads'

export type ExportDoc = {
  _id: string
  fileId: string
  fileName: string
  createdAt: Date
  expiresAt: Date
}

export const recordExport = adds<ExportDoc>('exports')

/** Up to `limit` exports whose time has come, oldest expiry first. */
export async function expiredExports(db: Database, now: Date, limit: number): Promise<ExportDoc[]> {
  const res = await collection(db, 'exports')
    .where({ expiresAt: db.command.lte(now) })
    .orderBy('expiresAt', 'asc')
    .limit(limit)
    .get()
  return res.data as ExportDoc[]
}

/** Forgets exports whose files are deleted; how many went. */
export async function removeExportRecords(db: Database, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0
  const res = await collection(db, 'exports')
    .where({ _id: db.command.in([...ids]) })
    .remove()
  return Number(res.deleted ?? 0)
}

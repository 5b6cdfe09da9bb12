// Every decision about a registration: what, when, by whom. The subject is a pseudonym of the
// member, so the trail survives 注销 without naming anyone.
import type { z } from 'zod'
import type { AuditAction } from '../../types/member'
import { collection, type Database, type NewDoc } from '../kernel/database'
import { firstInOrder } from './reads'

export type AuditDoc = {
  _id: string
  subject: string
  action: z.infer<typeof AuditAction>
  /** The verifier's user id; null when the member acted themselves. */
  by: string | null
  at: Date
  reason: string | null
  branchId?: string | null
}

/** Adds an entry; one given an `_id` (a follow-up's) is written once however often it runs. */
export async function recordAudit(db: Database, entry: NewDoc<AuditDoc>): Promise<void> {
  const { _id, ...fields } = entry
  if (_id) await collection(db, 'member_audit').doc(_id).set(fields)
  else await collection(db, 'member_audit').add(fields)
}

export async function auditOf(db: Database, subject: string): Promise<AuditDoc[]> {
  return firstInOrder<AuditDoc>(
    db,
    'member_audit',
    { subject },
    { field: 'at', direction: 'asc' },
    200,
  )
}

/** On 注销: reasons are free text a verifier wrote and may name the member, so they go. */
export async function clearAuditReasons(db: Database, subject: string): Promise<void> {
  await collection(db, 'member_audit').where({ subject }).update({ reason: null })
}

// Idempotency records: one per (action, caller, client key). A record is `pending` while its call
// runs, under a lease as long as the function's time limit, and `done` with the stored reply after.
// A pending record whose lease ran out was left by a call that died (a crash, a timeout): a retry
// takes it over instead of being refused forever. The housekeeping sweep removes expired records.
import { addUnlessPresent, collection, type Database } from '../kernel/database'
import { byId, updateIf } from './reads'

export type IdempotencyDoc = {
  _id: string
  status: 'pending' | 'done'
  /** Bumped by each call that takes the record over; a call only finishes its own attempt. */
  attempt: number
  leaseUntil: Date
  reply?: unknown
  createdAt: Date
  expiresAt: Date
}

const records = (db: Database) => collection(db, 'idempotency')

/** Starts a call under `id`; false when a record already exists. */
export async function startIdempotent(
  db: Database,
  doc: Omit<IdempotencyDoc, 'reply'>,
): Promise<boolean> {
  return addUnlessPresent(db, 'idempotency', doc)
}

export const findIdempotent = byId<IdempotencyDoc>('idempotency')

/** Takes over a pending record whose lease ran out; false when another retry was first. */
export function takeOverIdempotent(
  db: Database,
  prior: IdempotencyDoc,
  leaseUntil: Date,
): Promise<boolean> {
  const where = { _id: prior._id, status: 'pending', attempt: prior.attempt }
  return updateIf(db, 'idempotency', where, { attempt: prior.attempt + 1, leaseUntil })
}

/** Stores the reply of the call's own attempt. */
export async function finishIdempotent(
  db: Database,
  id: string,
  attempt: number,
  reply: unknown,
): Promise<void> {
  await records(db)
    .where({ _id: id, attempt })
    .update({ status: 'done', reply: reply as object })
}

/** A failed attempt leaves no record, so the client may retry at once. */
export async function dropIdempotent(db: Database, id: string, attempt: number): Promise<void> {
  await records(db).where({ _id: id, attempt, status: 'pending' }).remove()
}

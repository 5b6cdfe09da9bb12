// Follow-up records: what a step still has to do once its write is in (messages, the shop's card,
// a lock to give back). The record is written in the same transaction as the step's own change, so
// a crash right after the write delays the follow-ups (the sweep runs them) but cannot lose them.
// A record is kept, done, until it expires: a retry of the same request finds it and knows the
// step was its own.
import type { CollectionName } from '../../types/collections'
import { collection, type Database, type Transaction } from '../kernel/database'
import { byId, firstInOrder, readAll } from './reads'
import { OLDEST } from './paged'

export type FollowUpDoc<E = unknown> = {
  _id: string
  effects: E[]
  /** The people its effects name (told, given or relieved of a role): 注销 removes their records. */
  concerns: string[]
  createdAt: Date
  doneAt: Date | null
  /** Set once done; the housekeeping sweep removes the record then. */
  expiresAt?: Date
}

/** How long a done record is kept: as long as a retried request's reply. */
const KEEP_DONE_MS = 24 * 3600 * 1000

/** Stores the record in a transaction of the caller's, with the change it follows. */
export async function putRecord(tx: Transaction, record: FollowUpDoc): Promise<void> {
  const { _id, ...fields } = record
  await tx.collection('follow_ups').doc(_id).set(fields)
}

/**
 * Runs `write` and stores the record in the same transaction, unless `write` answered false
 * (nothing written, nothing to follow); answers what `write` did.
 */
async function withRecord<R>(
  db: Database,
  record: FollowUpDoc | null,
  write: (tx: Transaction) => Promise<R>,
): Promise<R> {
  return (await db.runTransaction(async (tx: Transaction) => {
    const done = await write(tx)
    if (done !== false && record) await putRecord(tx, record)
    return done
  })) as R
}

/**
 * Applies `change` to the document, appending `appends` to its lists, while `accepts` says it may
 * (read in the transaction, so no one moves it meanwhile), and stores the follow-up record with
 * it (none: a write nothing follows, such as a pause lifted, a withdrawal or the demo seed);
 * false when it may not.
 */
export function updateWithFollowUp<T>(
  db: Database,
  name: CollectionName,
  id: string,
  accepts: (doc: T) => boolean,
  change: object,
  appends: Record<string, unknown[]>,
  record: FollowUpDoc | null,
): Promise<boolean> {
  const pushes = Object.fromEntries(
    Object.entries(appends).map(([field, items]) => [field, db.command.push(items)]),
  )
  return withRecord(db, record, async (tx) => {
    const found = (await tx.collection(name).doc(id).get()).data as T | null
    if (!found || !accepts(found)) return false
    await tx
      .collection(name)
      .doc(id)
      .update({ ...change, ...pushes })
    return true
  })
}

/** Inserts the document and its follow-up record together; false when the document exists. */
export function insertWithFollowUp(
  db: Database,
  name: CollectionName,
  doc: { _id: string } & object,
  record: FollowUpDoc,
): Promise<boolean> {
  const { _id, ...fields } = doc
  return withRecord(db, record, async (tx) => {
    if ((await tx.collection(name).doc(_id).get()).data) return false
    await tx.collection(name).doc(_id).set(fields)
    return true
  })
}

/**
 * Writes the document's fields whole (created or replaced), or removes it (null), and stores its
 * follow-up record in the same transaction.
 */
export async function putWithFollowUp(
  db: Database,
  name: CollectionName,
  id: string,
  fields: object | null,
  record: FollowUpDoc,
): Promise<void> {
  await withRecord(db, record, (tx) => {
    const doc = tx.collection(name).doc(id)
    return fields ? doc.set(fields) : doc.remove()
  })
}

/** `insertWithFollowUp` for one collection's documents, for its repository. */
export function insertsWithFollowUp<T extends { _id: string }>(name: CollectionName) {
  return (db: Database, doc: T, record: FollowUpDoc): Promise<boolean> =>
    insertWithFollowUp(db, name, doc, record)
}

export const findFollowUp = byId<FollowUpDoc>('follow_ups')

/** The records that name the person, done or not. */
export function followUpsConcerning(db: Database, userId: string): Promise<FollowUpDoc[]> {
  return readAll<FollowUpDoc>(db, 'follow_ups', { concerns: userId })
}

/** Replaces a record's effects and the people they name (注销 takes a person out). */
export async function rewriteFollowUp(
  db: Database,
  id: string,
  effects: unknown[],
  concerns: string[],
): Promise<void> {
  const _ = db.command
  await collection(db, 'follow_ups')
    .doc(id)
    .update({ effects: _.set(effects), concerns: _.set(concerns) })
}

/** Marks the record done; it goes with the expired ones. */
export async function finishFollowUp(db: Database, id: string, now: Date): Promise<void> {
  await collection(db, 'follow_ups')
    .doc(id)
    .update({ doneAt: now, expiresAt: new Date(now.getTime() + KEEP_DONE_MS) })
}

/** Records not done that were written before `before`, oldest first. */
export function pendingFollowUps(db: Database, before: Date, limit: number) {
  const pending = { doneAt: null, createdAt: db.command.lt(before) }
  return firstInOrder<FollowUpDoc>(db, 'follow_ups', pending, OLDEST, limit)
}

// The plain one-collection reads and writes that most repositories make, written once: by id, by
// ids, the first match, an ordered first few, adding a document, and "update only if it still
// matches" answered as whether it did.
import type { CollectionName } from '../../types/collections'
import { addUnlessPresent, collection, type Database } from '../kernel/database'
import type { Order } from './paged'
import { chunks } from '../kernel/in-parallel'

/** The most documents one read returns (CloudBase's limit). */
export const MAX_READ = 1000

/** The document with this `_id`, or null. */
export async function findById<T>(
  db: Database,
  name: CollectionName,
  id: string,
): Promise<T | null> {
  const res = await collection(db, name).doc(id).get()
  return (res.data[0] as T | undefined) ?? null
}

/** `findById` for one collection, for its repository to export under a name that says what it finds. */
export function byId<T>(name: CollectionName) {
  return (db: Database, id: string): Promise<T | null> => findById<T>(db, name, id)
}

/** `findByIds` for one collection, likewise. */
export function byIds<T>(name: CollectionName) {
  return (db: Database, ids: string[]): Promise<T[]> => findByIds<T>(db, name, ids)
}

/**
 * The first document matching `where`, or null (for fields that are unique); `fields` limits
 * what it carries.
 */
export async function findOne<T>(
  db: Database,
  name: CollectionName,
  where: object,
  fields?: Record<string, boolean>,
): Promise<T | null> {
  let query = collection(db, name).where(where)
  if (fields) query = query.field(fields)
  const res = await query.limit(1).get()
  return (res.data[0] as T | undefined) ?? null
}

/** The documents with these ids, in no particular order; unknown ids are left out. */
export async function findByIds<T>(
  db: Database,
  name: CollectionName,
  ids: string[],
): Promise<T[]> {
  // A read returns at most MAX_READ documents, so more ids are asked in runs.
  const runs = await Promise.all(
    chunks([...new Set(ids)], MAX_READ).map(async (run) => {
      const res = await collection(db, name)
        .where({ _id: db.command.in(run) })
        .limit(run.length)
        .get()
      return res.data as T[]
    }),
  )
  return runs.flat()
}

/** The first `limit` documents matching `where` in `order`. */
export async function firstInOrder<T>(
  db: Database,
  name: CollectionName,
  where: object,
  order: Order,
  limit: number,
): Promise<T[]> {
  const res = await collection(db, name)
    .where(where)
    .orderBy(order.field, order.direction)
    .limit(limit)
    .get()
  return res.data as T[]
}

/**
 * Every document matching `where`, read a page at a time (CloudBase returns at most MAX_READ per
 * read), in `order` when given; `fields` limits what each document carries.
 */
export async function readAll<T>(
  db: Database,
  name: CollectionName,
  where: object,
  { order, fields }: { order?: Order; fields?: Record<string, boolean> } = {},
): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += MAX_READ) {
    let query = collection(db, name).where(where)
    // `_id` last: pages read in turn must agree on the order of ties.
    if (order) query = query.orderBy(order.field, order.direction)
    query = query.orderBy('_id', 'asc')
    if (fields) query = query.field(fields)
    const res = await query.skip(skip).limit(MAX_READ).get()
    out.push(...(res.data as T[]))
    if (res.data.length < MAX_READ) return out
  }
}

/** Adding one collection's documents (each with the `_id` its writer chose), for its repository. */
export function adds<T extends { _id: string }>(name: CollectionName) {
  return async (db: Database, doc: T): Promise<void> => {
    await collection(db, name).add(doc)
  }
}

/**
 * Inserting one collection's documents under ids their writers chose, for its repository; false
 * when one with that id exists already.
 */
export function addsUnlessPresent<T extends { _id: string }>(name: CollectionName) {
  return (db: Database, doc: T): Promise<boolean> =>
    addUnlessPresent(db, name, doc as T & Record<string, unknown>)
}

/** Applies `change` to the one document matching `where`; false when none matched any more. */
export async function updateIf(
  db: Database,
  name: CollectionName,
  where: object,
  change: object,
): Promise<boolean> {
  const res = await collection(db, name).where(where).update(change)
  return res.updated === 1
}

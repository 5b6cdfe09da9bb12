// One CloudBase app and database handle per cold start. The SDK reads its endpoint and credential
// from the environment on every request, so the same code talks to CloudBase in production and to
// the local cloud everywhere else.
import tcb from '@cloudbase/node-sdk'
import type { CollectionName } from '../../types/collections'

export type CloudApp = ReturnType<typeof tcb.init>
export type Database = ReturnType<CloudApp['database']>
export type Command = Database['command']

let app: CloudApp | null = null

export function cloudApp(): CloudApp {
  app ??= tcb.init({ env: process.env.TCB_ENV || tcb.SYMBOL_CURRENT_ENV })
  return app
}

export function database(): Database {
  return cloudApp().database()
}

/**
 * The part of the SDK's transaction the repositories use, by document id (the SDK types it as
 * `any`; CloudBase transactions take only document operations).
 */
export type Transaction = {
  collection(name: CollectionName): {
    doc(id: string): {
      get(): Promise<{ data: unknown }>
      set(data: object): Promise<unknown>
      update(data: object): Promise<unknown>
      remove(): Promise<unknown>
    }
  }
}

/** A document about to be inserted: the database issues its id unless the caller names one. */
export type NewDoc<T extends { _id: string }> = Omit<T, '_id'> & { _id?: string }

/** A collection by its declared name, so a typo is a type error. */
export function collection(db: Database, name: CollectionName) {
  return db.collection(name)
}

/** The database refused a second document with the same `_id` or unique key. */
export function isDuplicateWrite(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === 'DATABASE_DUPLICATE_WRITE'
}

/** A transaction that still conflicted after the SDK's own retries: others wrote first. */
export function isTransactionConflict(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === 'DATABASE_TRANSACTION_CONFLICT'
}

/** Inserts `doc` unless one with its `_id` (or unique key) exists; false when it did. */
export async function addUnlessPresent(
  db: Database,
  name: CollectionName,
  doc: { _id: string } & Record<string, unknown>,
): Promise<boolean> {
  try {
    await collection(db, name).add(doc)
    return true
  } catch (err) {
    if (isDuplicateWrite(err)) return false
    throw err
  }
}

export { tcb }

/** A user's search text as a literal inside a database regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

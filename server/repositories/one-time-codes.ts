// One-time codes (shop claim codes, the first run's 启用码): only a hash is stored, and using one
// is one transaction over the code and what it grants, so of two people racing with a code only one
// wins, and a crash part-way leaves the code usable. A used code expires at once (the housekeeping
// sweep removes it).
import crypto from 'node:crypto'
import {
  collection,
  isTransactionConflict,
  type Database,
  type Transaction,
} from '../kernel/database'

export type OneTimeCodeDoc = {
  _id: string
  expiresAt: Date
  usedBy: string | null
  usedAt: Date | null
  createdAt: Date
}

type CodeCollection = 'claim_codes' | 'setup_codes'

export const hashCode = (code: string) => crypto.createHash('sha256').update(code).digest('hex')

/**
 * Uses the code (by its hash) for `userId`: `grant` writes what it gives inside the same
 * transaction and says what the caller gets back. Null when the code is unknown, used or expired.
 */
export async function redeemCode<D extends OneTimeCodeDoc, T>(
  db: Database,
  name: CodeCollection,
  id: string,
  userId: string,
  now: Date,
  grant: (tx: Transaction, code: D) => Promise<T>,
  /** What a code already used by this user gave them, when a conflict hides who won. */
  given: (code: D) => T,
): Promise<T | null> {
  const use = db.runTransaction(async (tx: Transaction) => {
    const found = (await tx.collection(name).doc(id).get()).data as D | null
    if (!found || found.usedBy || new Date(found.expiresAt) <= now) return null
    await tx.collection(name).doc(id).update({ usedBy: userId, usedAt: now, expiresAt: now })
    return grant(tx, found)
  }) as Promise<T | null>
  try {
    return await use
  } catch (err) {
    // Still conflicting after the SDK's retries: many raced for this code. Whoever won, the code
    // now says so.
    if (!isTransactionConflict(err)) throw err
    const after = (await collection(db, name).doc(id).get()).data[0] as D | undefined
    if (after?.usedBy === userId) return given(after)
    if (after?.usedBy) return null
    throw err
  }
}

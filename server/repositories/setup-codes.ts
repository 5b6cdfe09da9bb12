// The first run's one-time 启用码. Only a hash is stored. Using one is one transaction over the
// code and the user, so of two people racing with the same code only one becomes the admin, and a
// crash part-way leaves the code usable. A used code expires at once.
import crypto from 'node:crypto'
import { collection, type Database } from '../kernel/database'

type SetupCodeDoc = {
  _id: string
  districtId: string
  expiresAt: Date
  usedBy: string | null
  usedAt: Date | null
  createdAt: Date
}

type Transaction = {
  collection(name: 'setup_codes' | 'users'): {
    doc(id: string): { get(): Promise<{ data: unknown }>; update(data: object): Promise<unknown> }
  }
}

const hashOf = (code: string) =>
  crypto.createHash('sha256').update(code.trim().toUpperCase()).digest('hex')

export async function storeSetupCode(
  db: Database,
  code: string,
  districtId: string,
  expiresAt: Date,
  now: Date,
): Promise<void> {
  await collection(db, 'setup_codes')
    .doc(hashOf(code))
    .set({ districtId, expiresAt, usedBy: null, usedAt: null, createdAt: now })
}

/** Uses the code for the user, who becomes an admin; false if unknown, used or expired. */
export async function useSetupCode(
  db: Database,
  code: string,
  userId: string,
  now: Date,
): Promise<boolean> {
  const _ = db.command
  const id = hashOf(code)
  const use = db.runTransaction(async (tx: Transaction) => {
    const found = (await tx.collection('setup_codes').doc(id).get()).data as SetupCodeDoc | null
    if (!found || found.usedBy || new Date(found.expiresAt) <= now) return false
    await tx
      .collection('setup_codes')
      .doc(id)
      .update({ usedBy: userId, usedAt: now, expiresAt: now })
    await tx
      .collection('users')
      .doc(userId)
      .update({ roles: _.addToSet('admin'), updatedAt: now })
    return true
  }) as Promise<boolean>
  try {
    return await use
  } catch (err) {
    // Many raced for the code and the transaction gave up: whoever won, the code now says so.
    if ((err as { code?: string }).code !== 'DATABASE_TRANSACTION_CONFLICT') throw err
    const after = (await collection(db, 'setup_codes').doc(id).get()).data[0] as
      SetupCodeDoc | undefined
    if (after?.usedBy === userId) return true
    if (after?.usedBy) return false
    throw err
  }
}

// One-time shop claim codes. Only a hash is stored. Claiming is one transaction over the code, the
// user and the shop, so it completes whole or not at all: two people racing for a code cannot both
// win, and a crash part-way leaves the code usable. A used code expires at once and the
// housekeeping sweep removes it with the expired ones.
import crypto from 'node:crypto'
import { collection, type Database } from '../kernel/database'

type ClaimCodeDoc = {
  _id: string
  shopId: string
  expiresAt: Date
  usedBy: string | null
  usedAt: Date | null
  createdAt: Date
}

/** The part of the SDK's transaction this file uses (the SDK types it as `any`). */
type Transaction = {
  collection(name: 'claim_codes' | 'users' | 'shops'): {
    doc(id: string): { get(): Promise<{ data: unknown }>; update(data: object): Promise<unknown> }
  }
}

export const hashClaimCode = (code: string) =>
  crypto.createHash('sha256').update(code).digest('hex')

export async function storeClaimCode(
  db: Database,
  code: string,
  shopId: string,
  expiresAt: Date,
  now: Date,
) {
  await collection(db, 'claim_codes')
    .doc(hashClaimCode(code))
    .set({ shopId, expiresAt, usedBy: null, usedAt: null, createdAt: now })
}

/**
 * Uses the code for the user, who becomes a merchant of its shop (role, the user's shops and the
 * shop's merchants, all in one transaction). The shop's id, or null if unknown, used or expired.
 */
export async function claimShopWithCode(
  db: Database,
  code: string,
  userId: string,
  now: Date,
): Promise<string | null> {
  const _ = db.command
  const id = hashClaimCode(code)
  const claim = db.runTransaction(async (tx: Transaction) => {
    const found = (await tx.collection('claim_codes').doc(id).get()).data as ClaimCodeDoc | null
    if (!found || found.usedBy || new Date(found.expiresAt) <= now) return null
    await tx
      .collection('claim_codes')
      .doc(id)
      .update({ usedBy: userId, usedAt: now, expiresAt: now })
    await tx
      .collection('users')
      .doc(userId)
      .update({ roles: _.addToSet('merchant'), shopIds: _.addToSet(found.shopId), updatedAt: now })
    await tx
      .collection('shops')
      .doc(found.shopId)
      .update({ merchantIds: _.addToSet(userId), updatedAt: now })
    return found.shopId
  }) as Promise<string | null>
  try {
    return await claim
  } catch (err) {
    // Still conflicting after the SDK's retries: many raced for this code. Whoever won, the
    // code now says so.
    if ((err as { code?: string }).code !== 'DATABASE_TRANSACTION_CONFLICT') throw err
    const after = (await collection(db, 'claim_codes').doc(id).get()).data[0] as
      ClaimCodeDoc | undefined
    if (after?.usedBy === userId) return after.shopId
    if (after?.usedBy) return null
    throw err
  }
}

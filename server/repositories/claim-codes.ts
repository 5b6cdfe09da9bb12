// One-time shop claim codes. Only a hash is stored; a code is taken with one conditional update,
// so two people racing for the same code cannot both win.
import crypto from 'node:crypto'
import { collection, type Database } from '../kernel/database'

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

/** Takes the code for the user; the shop it unlocks, or null if unknown, used or expired. */
export async function takeClaimCode(
  db: Database,
  code: string,
  userId: string,
  now: Date,
): Promise<string | null> {
  const _ = db.command
  const id = hashClaimCode(code)
  const res = await collection(db, 'claim_codes')
    .where({ _id: id, usedBy: null, expiresAt: _.gt(now) })
    .update({ usedBy: userId, usedAt: now })
  if (res.updated !== 1) return null
  const doc = (await collection(db, 'claim_codes').doc(id).get()).data[0] as { shopId: string }
  return doc.shopId
}

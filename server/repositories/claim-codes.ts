// One-time shop claim codes: claiming one makes the user a merchant of its shop, all or nothing
// (see one-time-codes.ts).
import { collection, type Database } from '../kernel/database'
import { hashCode, redeemCode, type OneTimeCodeDoc } from './one-time-codes'

type ClaimCodeDoc = OneTimeCodeDoc & { shopId: string }

export async function storeClaimCode(
  db: Database,
  code: string,
  shopId: string,
  expiresAt: Date,
  now: Date,
) {
  await collection(db, 'claim_codes')
    .doc(hashCode(code))
    .set({ shopId, expiresAt, usedBy: null, usedAt: null, createdAt: now })
}

/**
 * Uses the code for the user, who becomes a merchant of its shop (role, the user's shops and the
 * shop's merchants, all in one transaction). The shop's id, or null if unknown, used or expired.
 */
export function claimShopWithCode(
  db: Database,
  code: string,
  userId: string,
  now: Date,
): Promise<string | null> {
  const _ = db.command
  return redeemCode<ClaimCodeDoc, string>(
    db,
    'claim_codes',
    hashCode(code),
    userId,
    now,
    async (tx, found) => {
      await tx
        .collection('users')
        .doc(userId)
        .update({
          roles: _.addToSet('merchant'),
          shopIds: _.addToSet(found.shopId),
          updatedAt: now,
        })
      await tx
        .collection('shops')
        .doc(found.shopId)
        .update({ merchantIds: _.addToSet(userId), updatedAt: now })
      return found.shopId
    },
    (found) => found.shopId,
  )
}

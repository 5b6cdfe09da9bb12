// The first run's one-time 启用码: whoever uses it first becomes the committee's admin. Codes are
// compared as typed in capitals, however the phone's keyboard entered them.
import { collection, type Database } from '../kernel/database'
import { hashCode, redeemCode, type OneTimeCodeDoc } from './one-time-codes'

const idOf = (code: string) => hashCode(code.trim().toUpperCase())

/** Stores a new code; any earlier one not yet used stops working, so only the last printed counts. */
export async function storeSetupCode(
  db: Database,
  code: string,
  districtId: string,
  expiresAt: Date,
  now: Date,
): Promise<void> {
  await collection(db, 'setup_codes')
    .where({ usedBy: null, expiresAt: db.command.gt(now) })
    .update({ expiresAt: now })
  await collection(db, 'setup_codes')
    .doc(idOf(code))
    .set({ districtId, expiresAt, usedBy: null, usedAt: null, createdAt: now })
}

/** Uses the code for the user, who becomes an admin; false if unknown, used or expired. */
export async function useSetupCode(
  db: Database,
  code: string,
  userId: string,
  now: Date,
): Promise<boolean> {
  const granted = await redeemCode<OneTimeCodeDoc, true>(
    db,
    'setup_codes',
    idOf(code),
    userId,
    now,
    async (tx) => {
      await tx
        .collection('users')
        .doc(userId)
        .update({ roles: db.command.addToSet('admin'), updatedAt: now })
      return true
    },
    () => true,
  )
  return granted === true
}

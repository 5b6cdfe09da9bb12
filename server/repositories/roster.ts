// The roster (花名册) the committee imports: one entry per phone (`_id` = its lookup hash), so a
// re-import replaces rather than duplicates. Phones are kept only as ciphertext.
import { collection, type Database } from '../kernel/database'
import { byIds } from './reads'

export type RosterDoc = {
  _id: string
  districtId: string
  realName: string
  phoneCipher: string
  joinedOn: string | null
  recordOrg: string
  importedAt: Date
  importedBy: string
}

export async function putRosterEntry(db: Database, entry: RosterDoc): Promise<void> {
  const { _id, ...fields } = entry
  await collection(db, 'roster').doc(_id).set(fields)
}

export const rosterByPhoneHashes = byIds<RosterDoc>('roster')

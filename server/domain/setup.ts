// The first run of a new environment (`npm run setup`): the district and its committee's root
// organisation, and a one-time 启用码 whose first user becomes the committee's admin. Once an admin
// exists no code is issued again: from then on admins appoint admins.
import crypto from 'node:crypto'
import type { Database } from '../kernel/database'
import { findDistrict, insertDistrict } from '../repositories/districts'
import { insertOrg } from '../repositories/orgs'
import { storeSetupCode } from '../repositories/setup-codes'
import { anyoneWithRole } from '../repositories/users'

/** How long a printed code may wait to be entered. */
const CODE_DAYS = 7
/** Letters and digits nobody misreads (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

export type SetupResult = {
  districtId: string
  /** The district was created by this run. */
  created: boolean
  /** The 启用码, or null when the committee already has an admin. */
  code: string | null
  expiresAt: Date | null
}

/** 16 characters in groups of four: about 79 bits, typed by hand on a phone. */
export function newSetupCode(): string {
  const bytes = crypto.randomBytes(16)
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('')
  return chars.match(/.{4}/g)!.join('-')
}

export async function setUpDistrict(
  db: Database,
  district: { name: string; committeeName: string },
  now = new Date(),
): Promise<SetupResult> {
  const existing = await findDistrict(db)
  let districtId = existing?._id
  if (!districtId) {
    districtId = 'district'
    await insertDistrict(db, { _id: districtId, ...district, intro: '', createdAt: now })
    await insertOrg(db, {
      _id: 'org-district',
      parentId: null,
      name: district.committeeName,
      level: 'district',
      kind: null,
      districtId,
      secretaryId: null,
      shopIds: [],
      createdAt: now,
    })
  }
  if (await anyoneWithRole(db, 'admin'))
    return { districtId, created: !existing, code: null, expiresAt: null }
  const code = newSetupCode()
  const expiresAt = new Date(now.getTime() + CODE_DAYS * 24 * 3600_000)
  await storeSetupCode(db, code, districtId, expiresAt, now)
  return { districtId, created: !existing, code, expiresAt }
}

// The district's Party organisations: a tree by parentId, each with a secretary and the shops it
// covers (the org's shopIds are the record; each shop's orgId mirrors it for lookups by shop).
import type { OrgKind, OrgLevel } from '../../types/org'
import { collection, type Database, type NewDoc } from '../kernel/database'
import { byId } from './reads'

export type OrgDoc = {
  _id: string
  districtId: string
  parentId: string | null
  name: string
  level: OrgLevel
  kind: OrgKind | null
  secretaryId: string | null
  shopIds?: string[]
  createdAt: Date
  updatedAt?: Date
}

export async function listOrgs(db: Database, districtId: string): Promise<OrgDoc[]> {
  const res = await collection(db, 'orgs').where({ districtId }).limit(1000).get()
  return res.data as OrgDoc[]
}

export const findOrg = byId<OrgDoc>('orgs')

export async function insertOrg(db: Database, org: NewDoc<OrgDoc>): Promise<string> {
  return String((await collection(db, 'orgs').add(org)).id)
}

/** What a plain update may change; the shops it covers go through `setOrgShops`. */
export type OrgChange = Partial<Omit<OrgDoc, '_id' | 'districtId' | 'shopIds' | 'createdAt'>>

export async function updateOrg(db: Database, orgId: string, change: OrgChange): Promise<void> {
  await collection(db, 'orgs').doc(orgId).update(change)
}

/** Moves the org's secretary from `from` to `to`, only if it is still `from`; false otherwise. */
export async function replaceSecretary(
  db: Database,
  orgId: string,
  from: string | null,
  to: string | null,
  now: Date,
): Promise<boolean> {
  const res = await collection(db, 'orgs')
    .where({ _id: orgId, secretaryId: from })
    .update({ secretaryId: to, updatedAt: now })
  return res.updated === 1 || from === to
}

/** Points the listed shops at the org and releases the shops it no longer covers. */
export async function setOrgShops(
  db: Database,
  orgId: string,
  shopIds: string[],
  now: Date,
): Promise<void> {
  const _ = db.command
  const shops = collection(db, 'shops')
  const orgs = collection(db, 'orgs')
  const previous = await shops.where({ orgId }).field({ _id: true }).limit(1000).get()
  const dropped = (previous.data as { _id: string }[])
    .map((s) => s._id)
    .filter((id) => !shopIds.includes(id))
  if (dropped.length)
    await shops.where({ _id: _.in(dropped) }).update({ orgId: _.remove(), updatedAt: now })
  if (shopIds.length) {
    // A shop covered by another organisation until now leaves that organisation's list.
    const moving = await shops
      .where({ _id: _.in(shopIds) })
      .field({ orgId: true })
      .limit(shopIds.length)
      .get()
    const others = new Set(
      (moving.data as { orgId?: string }[])
        .map((s) => s.orgId)
        .filter((id): id is string => !!id && id !== orgId),
    )
    for (const other of others)
      await orgs.doc(other).update({ shopIds: _.pullAll(shopIds), updatedAt: now })
    await shops.where({ _id: _.in(shopIds) }).update({ orgId, updatedAt: now })
  }
  await orgs.doc(orgId).update({ shopIds, updatedAt: now })
}

// The district (商圈) this deployment serves, and its Party organisations.
import { collection, type Database, type NewDoc } from '../kernel/database'

export type DistrictDoc = {
  _id: string
  name: string
  committeeName: string
  intro: string
  createdAt: Date
}

/** The deployment's district: one district per CloudBase environment. */
export async function findDistrict(db: Database): Promise<DistrictDoc | null> {
  const res = await collection(db, 'districts').orderBy('createdAt', 'asc').limit(1).get()
  return (res.data[0] as DistrictDoc | undefined) ?? null
}

export async function insertDistrict(db: Database, district: NewDoc<DistrictDoc>): Promise<void> {
  await collection(db, 'districts').add(district)
}

export async function countOrgs(db: Database, districtId: string): Promise<number> {
  return (await collection(db, 'orgs').where({ districtId }).count()).total
}

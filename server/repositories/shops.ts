// Shops of a district. Public replies are built from these documents by the shop handlers.
import type { Integrity } from '../../types/integrity'
import type { AwardedHonour, Commitment, Honour, ShopCategory, ShopStatus } from '../../types/shop'
import { collection, type Database } from '../kernel/database'

export type ShopDoc = {
  _id: string
  districtId: string
  name: string
  category: ShopCategory
  address: string
  floorUnit: string
  licenceNo: string
  contactName: string
  contactPhone: string
  description: string
  hours: string
  status: ShopStatus
  merchantIds: string[]
  /** Short public code signed into the shop's QR payload (fits the 32-character scene). */
  code: string
  photos: string[]
  commitments: Commitment[]
  /** Awarded honours, as names for the list filter and index, with details alongside. */
  honours: Honour[]
  honourDetails: (Omit<AwardedHonour, 'awardedAt'> & { awardedAt: Date })[]
  /** Stored result of the integrity rule; recomputed when an event changes the record. */
  integrity: Integrity & { updatedAt: Date }
  createdAt: Date
  updatedAt: Date
}

export async function findShop(db: Database, shopId: string): Promise<ShopDoc | null> {
  const res = await collection(db, 'shops').doc(shopId).get()
  return (res.data[0] as ShopDoc | undefined) ?? null
}

export async function listOpenShops(
  db: Database,
  filter: { districtId: string; keyword?: string; category?: ShopCategory },
  page: { page: number; pageSize: number },
): Promise<{ list: ShopDoc[]; total: number }> {
  const where: Record<string, unknown> = { districtId: filter.districtId, status: 'open' }
  if (filter.category) where.category = filter.category
  if (filter.keyword) where.name = db.RegExp({ regexp: escapeRegExp(filter.keyword), options: 'i' })
  const query = collection(db, 'shops').where(where)
  const [res, count] = await Promise.all([
    query
      .orderBy('name', 'asc')
      .skip((page.page - 1) * page.pageSize)
      .limit(page.pageSize)
      .get(),
    query.count(),
  ])
  return { list: res.data as ShopDoc[], total: count.total }
}

export async function countOpenShops(db: Database, districtId: string): Promise<number> {
  return (await collection(db, 'shops').where({ districtId, status: 'open' }).count()).total
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

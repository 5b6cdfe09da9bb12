// A shop's integrity from its record: commitments, honours, counted ratings, upheld complaints
// and overdue ones. Computed wherever the shop's derived fields are rebuilt (card-projection.ts).
import { computeIntegrity, type Integrity } from '../../types/integrity'
import type { RatingSummary } from '../../types/shop'
import type { Database } from '../kernel/database'
import { countOverdue, upheldComplaints } from '../repositories/complaints'
import type { ShopDoc } from '../repositories/shops'

/** The integrity rule applied to the shop's record as it stands (two reads, in parallel). */
export async function integrityOf(
  db: Database,
  shop: Pick<ShopDoc, '_id' | 'commitments' | 'honours'>,
  ratings: RatingSummary,
  now: Date,
): Promise<Integrity> {
  const [upheld, overdue] = await Promise.all([
    upheldComplaints(db, shop._id),
    countOverdue(db, shop._id, now),
  ])
  return computeIntegrity(
    {
      commitments: shop.commitments?.length ?? 0,
      honours: shop.honours?.length ?? 0,
      ratings: { count: ratings.count, average: ratings.average },
      upheld,
      overdue,
    },
    now,
  )
}

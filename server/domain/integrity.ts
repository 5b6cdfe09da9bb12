// Keeps a shop's stored integrity in step with its record: recomputed when an event changes the
// record (a rating, a complaint's outcome, an honour, commitments), never on a scan. Each change
// of score or level is written to the shop's history with its reason.
import { computeIntegrity, type Integrity } from '../../types/integrity'
import type { Ctx } from '../kernel/context'
import { collection } from '../kernel/database'
import { countOverdue, upheldComplaints } from '../repositories/complaints'
import { ratingStats } from '../repositories/ratings'
import { findShop } from '../repositories/shops'

export async function recomputeIntegrity(
  ctx: Ctx,
  shopId: string,
  reason: string,
): Promise<Integrity | null> {
  const shop = await findShop(ctx.db, shopId)
  if (!shop) return null
  const now = ctx.now()
  const [ratings, upheld, overdue] = await Promise.all([
    ratingStats(ctx.db, shopId),
    upheldComplaints(ctx.db, shopId),
    countOverdue(ctx.db, shopId, now),
  ])
  const next = computeIntegrity(
    {
      commitments: shop.commitments?.length ?? 0,
      honours: shop.honours?.length ?? 0,
      ratings: { count: ratings.count, average: ratings.average },
      upheld,
      overdue,
    },
    now,
  )
  const before = shop.integrity
  await collection(ctx.db, 'shops')
    .doc(shopId)
    .update({
      integrity: ctx._.set({ ...next, updatedAt: now }),
      ratingAverage: ratings.average,
      ratingCount: ratings.count,
    })
  if (!before || before.score !== next.score || before.level !== next.level) {
    await collection(ctx.db, 'shop_events').add({
      shopId,
      at: now,
      reason,
      scoreBefore: before?.score ?? null,
      scoreAfter: next.score,
      levelAfter: next.level,
      reasons: next.reasons,
    })
  }
  return next
}

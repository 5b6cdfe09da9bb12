// Keeps a shop's stored integrity in step with its record: recomputed when an event changes the
// record (a rating, a complaint's outcome, an honour, commitments), never on a scan. Each change
// of score or level is written to the shop's history with its reason. The shop's card shows the
// integrity and the ratings beside it, so it is rebuilt after each recompute.
import { computeIntegrity, type Integrity } from '../../types/integrity'
import type { Ctx } from '../kernel/context'
import { countOverdue, upheldComplaints } from '../repositories/complaints'
import { ratingStats } from '../repositories/ratings'
import { recordShopEvent } from '../repositories/shop-events'
import { findShop, setShopIntegrity } from '../repositories/shops'
import { refreshShopCard } from './card-projection'

/** Recomputes and stores the shop's integrity; the history gets an entry when it changed. */
export async function recomputeIntegrity(
  ctx: Pick<Ctx, 'db' | 'now'>,
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
  await setShopIntegrity(ctx.db, shopId, { ...next, updatedAt: now }, ratings)
  if (!before || before.score !== next.score || before.level !== next.level) {
    await recordShopEvent(ctx.db, {
      shopId,
      at: now,
      reason,
      scoreBefore: before?.score ?? null,
      scoreAfter: next.score,
      levelAfter: next.level,
      reasons: next.reasons,
    })
  }
  await refreshShopCard(ctx.db, shopId)
  return next
}

// Keeps a shop's stored integrity in step with its record: recomputed when an event changes the
// record (a rating, a complaint's outcome, an honour, commitments), never on a scan. Each change
// of score or level is written to the shop's history with its reason. The integrity is rebuilt
// with the shop's card, in the same versioned write (card-projection.ts), so two events at once
// cannot leave a stale score behind.
import type { Integrity } from '../../types/integrity'
import type { Ctx } from '../kernel/context'
import { refreshShopCard } from './card-projection'

/** Recomputes and stores the shop's integrity (and card); the history gets an entry when it changed. */
export async function recomputeIntegrity(
  ctx: Pick<Ctx, 'db' | 'now'>,
  shopId: string,
  reason: string,
): Promise<Integrity | null> {
  const card = await refreshShopCard(ctx.db, shopId, { now: ctx.now(), reason })
  if (!card) return null
  const { score, stars, level, reasons } = card.integrity
  return { score, stars, level, reasons }
}

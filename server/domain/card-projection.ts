// Keeps each shop's stored card (the scan's one read) and integrity in step with the events that
// change them: a rating counted or replaced, rating moderation, a complaint's step or public
// reply, 亮身份, a member revoked, moved or erased, honours, commitments and profile edits. Every
// event rebuilds both from the source collections and writes them conditionally on the version it
// read; a write that lost to another retries, so two events on one shop never lose each other:
// the last write to succeed read its sources after every earlier write, its own event's included.
import type { ShopCard, StoredShopCard } from '../../types/shop'
import type { Database } from '../kernel/database'
import { BULK_WRITES, inParallel } from '../kernel/in-parallel'
import { recordShopEvent } from '../repositories/shop-events'
import { allShops, findShop, writeShopRecordIf, type ShopDoc } from '../repositories/shops'
import { integrityOf } from './integrity-record'
import { buildShopCard, loadCardSources } from './shop-card'

/** Enough for any realistic burst on one shop; each round at least one writer wins. */
const MAX_ATTEMPTS = 30

/** Why the integrity moved, for the shop's history, when the event gives no reason of its own. */
const DEFAULT_REASON = '诚信档案更新'

/**
 * Rebuilds and stores one shop's integrity and card; null when the shop does not exist. A change
 * of score or level goes to the shop's history with `reason`.
 */
export async function refreshShopCard(
  db: Database,
  shopId: string,
  { now = new Date(), reason = DEFAULT_REASON }: { now?: Date; reason?: string } = {},
): Promise<StoredShopCard | null> {
  for (let attempt = 1; ; attempt++) {
    // The version is read before the sources: whatever was written before this read is seen.
    const shop = await findShop(db, shopId)
    if (!shop) return null
    const sources = await loadCardSources(db, shopId)
    const integrity = await integrityOf(db, shop, sources.ratings, now)
    const before = shop.integrity
    const same =
      !!before &&
      before.score === integrity.score &&
      before.level === integrity.level &&
      before.reasons.join('\n') === integrity.reasons.join('\n')
    // Unchanged, it keeps the time it last changed.
    const stored = { ...integrity, updatedAt: same ? before.updatedAt : now }
    const card = buildShopCard({ ...shop, integrity: stored }, sources)
    const record = { integrity: stored, ratings: sources.ratings, card }
    if (await writeShopRecordIf(db, shopId, shop.cardVersion, record)) {
      if (!before || before.score !== integrity.score || before.level !== integrity.level)
        await recordShopEvent(db, {
          shopId,
          at: now,
          reason,
          scoreBefore: before?.score ?? null,
          scoreAfter: integrity.score,
          levelAfter: integrity.level,
          reasons: integrity.reasons,
        })
      return card
    }
    if (attempt >= MAX_ATTEMPTS)
      throw new Error(`shop ${shopId}: card still contended after ${MAX_ATTEMPTS} attempts`)
    // A short random pause spreads out writers that collided.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt))
  }
}

/** The stored card of a shop as the public gets it; built and stored if it has none yet. */
export async function publicCard(
  db: Database,
  shop: Pick<ShopDoc, '_id' | 'card'>,
): Promise<ShopCard | null> {
  const card = shop.card ?? (await refreshShopCard(db, shop._id))
  return card ? { shopId: shop._id, ...card } : null
}

/** Rebuilds every card of a district from the source collections; how many were written. */
export async function repairCards(db: Database, districtId: string): Promise<number> {
  const shops = await allShops(db, districtId)
  // A few shops at a time: one by one, a district's round trips would not fit a time limit.
  const written = await inParallel(shops, BULK_WRITES, (shop) => refreshShopCard(db, shop._id))
  return written.filter(Boolean).length
}

// A shop's history: why its integrity score or status changed, newest first.
import { collection, type Database } from '../kernel/database'
import type { IntegrityLevel } from '../../types/integrity'
import { firstInOrder } from './reads'

export type ShopEventDoc = {
  _id: string
  shopId: string
  at: Date
  reason: string
  scoreBefore: number | null
  scoreAfter: number
  levelAfter: IntegrityLevel
  /** The rule's reasons after the change, when the score moved. */
  reasons?: string[]
}

export async function shopEvents(
  db: Database,
  shopId: string,
  limit = 100,
): Promise<ShopEventDoc[]> {
  return firstInOrder<ShopEventDoc>(
    db,
    'shop_events',
    { shopId },
    { field: 'at', direction: 'desc' },
    limit,
  )
}

/** Records why the shop's score or status changed. */
export async function recordShopEvent(
  db: Database,
  event: Omit<ShopEventDoc, '_id'>,
): Promise<void> {
  await collection(db, 'shop_events').add(event)
}

// A new shop document: a fresh public code, no merchant yet, the integrity of an empty record and
// the card of a shop with nothing yet (so a created or imported shop costs no extra write).
import { computeIntegrity, EMPTY_RECORD } from '../../types/integrity'
import type { z } from 'zod'
import type { ShopFields } from '../../types/shop'
import type { ShopDoc } from '../repositories/shops'
import { newShopCode } from '../services/shop-code'
import { buildShopCard, NO_SOURCES } from './shop-card'

/** The one shape of a new shop, for the shop function, the sheet import, the seed and fixtures. */
export function newShopDoc(
  fields: z.output<typeof ShopFields>,
  districtId: string,
  now: Date,
  code = newShopCode(),
): Omit<ShopDoc, '_id'> {
  const integrity = computeIntegrity(EMPTY_RECORD, now)
  const shop: Omit<ShopDoc, '_id' | 'card' | 'cardVersion'> = {
    ...fields,
    districtId,
    description: '',
    hours: '',
    status: 'open',
    merchantIds: [],
    code,
    photos: [],
    commitments: [],
    honours: [],
    honourDetails: [],
    integrity: { ...integrity, updatedAt: now },
    createdAt: now,
    updatedAt: now,
  }
  return { ...shop, card: buildShopCard(shop, NO_SOURCES), cardVersion: 0 }
}

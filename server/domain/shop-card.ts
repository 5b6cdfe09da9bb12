// The shop card: everything a shopper sees after scanning, assembled in one function call from
// the shop, its counted ratings, its latest reviews and handled complaints, and the members who
// chose to show their status there. Only masked names; never a phone number or an identity.
import { computeIntegrity, EMPTY_RECORD } from '../../types/integrity'
import { maskName } from '../../types/masking'
import type { ShopCard, ShopSummary } from '../../types/shop'
import type { Database } from '../kernel/database'
import { recentPublicComplaints } from '../repositories/complaints'
import { ratingStats, recentPublicReviews } from '../repositories/ratings'
import { membersShowingStatus } from '../repositories/members'
import type { ShopDoc } from '../repositories/shops'

const RECENT = 5

export function shopSummary(shop: ShopDoc): ShopSummary {
  const { stars, level } = storedIntegrity(shop)
  return {
    shopId: shop._id,
    name: shop.name,
    category: shop.category,
    floorUnit: shop.floorUnit,
    stars,
    level,
    honours: shop.honours ?? [],
  }
}

/** The stored integrity; a shop written without one (e.g. by hand) shows an empty record's. */
export function storedIntegrity(shop: ShopDoc): ShopCard['integrity'] {
  const i = shop.integrity ?? {
    ...computeIntegrity(EMPTY_RECORD, new Date(0)),
    updatedAt: shop.createdAt,
  }
  return {
    score: i.score,
    stars: i.stars,
    level: i.level,
    reasons: i.reasons,
    updatedAt: new Date(i.updatedAt).toISOString(),
  }
}

export async function shopCard(db: Database, shop: ShopDoc): Promise<ShopCard> {
  const [ratings, reviews, complaints, members] = await Promise.all([
    ratingStats(db, shop._id),
    recentPublicReviews(db, shop._id, RECENT),
    recentPublicComplaints(db, shop._id, RECENT),
    membersShowingStatus(db, shop._id),
  ])
  return {
    shopId: shop._id,
    name: shop.name,
    category: shop.category,
    floorUnit: shop.floorUnit,
    address: shop.address,
    description: shop.description,
    hours: shop.hours,
    photos: shop.photos ?? [],
    status: shop.status,
    integrity: storedIntegrity(shop),
    honours: (shop.honourDetails ?? []).map((h) => ({
      honour: h.honour,
      criteria: h.criteria,
      awardedAt: new Date(h.awardedAt).toISOString(),
    })),
    commitments: shop.commitments ?? [],
    members: members.map((m) => ({
      maskedName: maskName(m.realName),
      post: m.post,
    })),
    ratings,
    recentReviews: reviews,
    recentComplaints: complaints,
  }
}

// The shop card: everything a shopper sees after scanning. It is a projection stored on the shop
// (`card`), built here from the shop, its counted ratings, its latest reviews and handled
// complaints, and the members who chose to show their status there. Only masked names; never a
// phone number or an identity. `card-projection.ts` keeps the stored card in step with events.
import { computeIntegrity, EMPTY_RECORD } from '../../types/integrity'
import { maskName } from '../../types/masking'
import type {
  PublicComplaint,
  PublicReview,
  RatingSummary,
  ShopCard,
  ShopSummary,
  StoredShopCard,
} from '../../types/shop'
import type { Database } from '../kernel/database'
import { recentPublicComplaints } from '../repositories/complaints'
import { ratingStats, recentPublicReviews } from '../repositories/ratings'
import { membersShowingStatus } from '../repositories/members'
import type { ShopDoc } from '../repositories/shops'

/** How many reviews and handled complaints the card shows. */
export const RECENT = 5

/** What the card shows from outside the shop document. */
export type CardSources = {
  ratings: RatingSummary
  reviews: PublicReview[]
  complaints: PublicComplaint[]
  /** Verified members showing their status on the shop (亮身份), names unmasked. */
  members: { realName: string; post: string }[]
}

/** A shop with nothing yet: no ratings, complaints or members (a new shop's card). */
export const NO_SOURCES: CardSources = {
  ratings: { average: 0, count: 0, distribution: [0, 0, 0, 0, 0] },
  reviews: [],
  complaints: [],
  members: [],
}

/** The shop fields the card shows (a new shop has no `_id` yet). */
export type CardShop = Omit<ShopDoc, '_id' | 'card' | 'cardVersion'>

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
export function storedIntegrity(shop: CardShop): ShopCard['integrity'] {
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

/** The card from the shop and its sources: pure, so the seed and the bench build it alike. */
export function buildShopCard(shop: CardShop, sources: CardSources): StoredShopCard {
  return {
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
    members: sources.members.map((m) => ({ maskedName: maskName(m.realName), post: m.post })),
    ratings: sources.ratings,
    recentReviews: sources.reviews,
    recentComplaints: sources.complaints,
  }
}

/** Reads the card's sources from their collections (four reads in parallel). */
export async function loadCardSources(db: Database, shopId: string): Promise<CardSources> {
  const [ratings, reviews, complaints, members] = await Promise.all([
    ratingStats(db, shopId),
    recentPublicReviews(db, shopId, RECENT),
    recentPublicComplaints(db, shopId, RECENT),
    membersShowingStatus(db, shopId),
  ])
  return { ratings, reviews, complaints, members }
}

/** The card computed from scratch from the source collections (the repair and the tests' oracle). */
export async function shopCardFromSources(db: Database, shop: ShopDoc): Promise<ShopCard> {
  return { shopId: shop._id, ...buildShopCard(shop, await loadCardSources(db, shop._id)) }
}

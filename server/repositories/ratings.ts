// Ratings: one document per user per shop per calendar month (Asia/Shanghai), `_id` =
// `${shopId}:${userId}:${YYYY-MM}`, so a second rating in the month replaces the first.
import { maskName } from '../../types/masking'
import type { RatingStatus } from '../../types/rating'
import type { PublicReview } from '../../types/shop'
import type { Paged } from '../../types/common'
import { pagedQuery, type PageRequest, NEWEST } from './paged'
import { collection, type Database } from '../kernel/database'
import { byId, firstInOrder } from './reads'
import { putWithFollowUp, updateWithFollowUp, type FollowUpDoc } from './follow-ups'
import type { Stamped } from './stamped'

export type RatingDoc = Stamped & {
  _id: string
  shopId: string
  userId: string
  month: string
  stars: number
  tags: string[]
  /** Shown only when status is `public`. */
  text: string
  status: RatingStatus
  /** The author's masked nickname (刘*), as shown on the shop card. */
  authorName?: string
  /** Why the text is not shown (status `text_rejected`). */
  textRejectedReason?: string
  /** A held rating the committee discarded: kept, never counted or shown. */
  discardedAt?: Date
  reviewedAt?: Date
  /** When the user first rated the shop this month; a replacement keeps it. */
}

/** Average, count and 1…5 distribution of a shop's counted ratings (public or text-rejected). */
export async function ratingStats(
  db: Database,
  shopId: string,
): Promise<{ average: number; count: number; distribution: number[] }> {
  const _ = db.command
  const res = await collection(db, 'ratings')
    .aggregate()
    .match({ shopId, status: _.in(['public', 'text_rejected']) })
    .group({ _id: '$stars', n: _.aggregate.sum(1) })
    .end()
  const distribution = [0, 0, 0, 0, 0]
  for (const row of res.data as { _id: number; n: number }[]) {
    if (row._id >= 1 && row._id <= 5) distribution[row._id - 1] = row.n
  }
  return ratingSummary(distribution)
}

/** Average (one decimal) and count of a 1…5 star distribution. */
export function ratingSummary(distribution: number[]): {
  average: number
  count: number
  distribution: number[]
} {
  const count = distribution.reduce((a, b) => a + b, 0)
  const sum = distribution.reduce((a, n, i) => a + n * (i + 1), 0)
  return { average: count ? Math.round((sum / count) * 10) / 10 : 0, count, distribution }
}

/** One user's rating of one shop in one month. */
export function ratingId(shopId: string, userId: string, month: string): string {
  return `${shopId}:${userId}:${month}`
}

export const findRating = byId<RatingDoc>('ratings')

/**
 * Writes a rating whole (the id makes it one per user, shop and month: a second replaces the
 * first), with the follow-up record that counts it on the shop's card where it changes what is
 * counted.
 */
export async function putRating(
  db: Database,
  doc: RatingDoc,
  record: FollowUpDoc | null = null,
): Promise<void> {
  const { _id, ...fields } = doc
  if (record) return putWithFollowUp(db, 'ratings', _id, fields, record)
  await collection(db, 'ratings').doc(_id).set(fields)
}

/** Ratings held for the committee and not yet discarded. */
function heldRatings(db: Database) {
  return collection(db, 'ratings').where({ status: 'held', discardedAt: db.command.exists(false) })
}

/** Held ratings, newest first. */
export async function listHeldRatings(db: Database, page: PageRequest): Promise<Paged<RatingDoc>> {
  return pagedQuery<RatingDoc>(heldRatings(db), NEWEST, page)
}

export async function countHeldRatings(db: Database): Promise<number> {
  return (await heldRatings(db).count()).total
}

/**
 * Settles a held rating, only if it is still held and undecided, with the follow-up record that
 * brings the shop's card up to date; false when someone was first.
 */
export function settleHeldRating(
  db: Database,
  id: string,
  change: { status: RatingStatus; textRejectedReason?: string } | { discardedAt: Date },
  now: Date,
  record: FollowUpDoc,
): Promise<boolean> {
  const undecided = (r: RatingDoc) => r.status === 'held' && !r.discardedAt
  const settled = { ...change, reviewedAt: now, updatedAt: now }
  return updateWithFollowUp(db, 'ratings', id, undecided, settled, {}, record)
}

/** A shop's latest public ratings for its card: masked author, never the user id. */
export async function recentPublicReviews(
  db: Database,
  shopId: string,
  limit: number,
): Promise<PublicReview[]> {
  const docs = await firstInOrder<RatingDoc>(
    db,
    'ratings',
    { shopId, status: 'public' },
    NEWEST,
    limit,
  )
  // Ratings written before the author was stored fall back to the user's current nickname.
  const missing = [...new Set(docs.filter((d) => !d.authorName).map((d) => d.userId))]
  const names = new Map<string, string>()
  if (missing.length) {
    const users = await collection(db, 'users')
      .where({ _id: db.command.in(missing) })
      .field({ nickname: true })
      .limit(missing.length)
      .get()
    for (const u of users.data as { _id: string; nickname: string }[])
      names.set(u._id, maskName(u.nickname))
  }
  return docs.map((d) => ({
    stars: d.stars,
    tags: d.tags,
    text: d.text,
    author: d.authorName ?? names.get(d.userId) ?? '顾客',
    createdAt: new Date(d.createdAt).toISOString(),
  }))
}

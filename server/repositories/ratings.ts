// Ratings: one document per user per shop per calendar month (Asia/Shanghai), `_id` =
// `${shopId}:${userId}:${YYYY-MM}`, so a second rating in the month replaces the first.
import type { RatingStatus } from '../../types/rating'
import { collection, type Database } from '../kernel/database'

export type RatingDoc = {
  _id: string
  shopId: string
  userId: string
  month: string
  stars: number
  tags: string[]
  /** Shown only when status is `public`. */
  text: string
  status: RatingStatus
  createdAt: Date
  updatedAt: Date
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
  const count = distribution.reduce((a, b) => a + b, 0)
  const sum = distribution.reduce((a, n, i) => a + n * (i + 1), 0)
  return { average: count ? Math.round((sum / count) * 10) / 10 : 0, count, distribution }
}

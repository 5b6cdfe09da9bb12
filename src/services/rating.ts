import type { ActionOutput } from '../../types/api'
import { api } from './call-function'

/** The caller's rating of the shop this month, or null. */
export function myRating(shopId: string): Promise<ActionOutput<'rating', 'mine'>['rating']> {
  return api.rating.mine({ shopId }).then((res) => res.rating)
}

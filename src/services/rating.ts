// Verb-named wrappers for every `rating.*` action.
import type { ActionInput, ActionOutput } from '../../types/api'
import { actionCaller, callFunction } from './call-function'

export type RateInput = ActionInput<'rating', 'rate'>
export type RateResult = ActionOutput<'rating', 'rate'>
export type MyRating = ActionOutput<'rating', 'mine'>['rating']
export type HeldRatingPage = ActionOutput<'rating', 'held'>
export type HeldRating = HeldRatingPage['list'][number]
export type ReviewHeldResult = ActionOutput<'rating', 'reviewHeld'>

/** Rates a shop; a second rating in the same month replaces the first. */
export const rateShop = actionCaller('rating', 'rate')

/** The caller's rating of the shop this month, or null. */
export function myRating(shopId: string): Promise<MyRating> {
  return callFunction('rating', 'mine', { shopId }).then((res) => res.rating)
}

/** Ratings held back as part of a burst, waiting for the committee (admin). */
export const heldRatings = actionCaller('rating', 'held')

/** Counts (approve) or discards a held rating (admin). */
export const reviewHeldRating = actionCaller(
  'rating',
  'reviewHeld',
  (ratingId: string, approve: boolean) => ({ ratingId, approve }),
)

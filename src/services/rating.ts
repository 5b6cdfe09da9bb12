// Verb-named wrappers for every `rating.*` action.
import type { ActionInput, ActionOutput } from '../../types/api'
import { callFunction, type CallOptions } from './call-function'

export type RateInput = ActionInput<'rating', 'rate'>
export type RateResult = ActionOutput<'rating', 'rate'>
export type MyRating = ActionOutput<'rating', 'mine'>['rating']
export type HeldRatingPage = ActionOutput<'rating', 'held'>
export type HeldRating = HeldRatingPage['list'][number]
export type ReviewHeldResult = ActionOutput<'rating', 'reviewHeld'>

/** Rates a shop; a second rating in the same month replaces the first. */
export function rateShop(input: RateInput, options?: CallOptions): Promise<RateResult> {
  return callFunction('rating', 'rate', input, options)
}

/** The caller's rating of the shop this month, or null. */
export function myRating(shopId: string): Promise<MyRating> {
  return callFunction('rating', 'mine', { shopId }).then((res) => res.rating)
}

/** Ratings held back as part of a burst, waiting for the committee (admin). */
export function heldRatings(query: ActionInput<'rating', 'held'>): Promise<HeldRatingPage> {
  return callFunction('rating', 'held', query)
}

/** Counts (approve) or discards a held rating (admin). */
export function reviewHeldRating(ratingId: string, approve: boolean): Promise<ReviewHeldResult> {
  return callFunction('rating', 'reviewHeld', { ratingId, approve })
}

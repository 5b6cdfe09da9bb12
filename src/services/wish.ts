// Verb-named wrappers for every `wish.*` action (微心愿). Replies are the wish as the caller may see
// it: the server decides who sees the contact phone and what each person may do (`can`).
import type { ActionInput, ActionOutput } from '../../types/api'
import { callFunction, type CallOptions } from './call-function'

export type WishView = ActionOutput<'wish', 'get'>
export type WishPoolPage = ActionOutput<'wish', 'list'>
export type WishPage = ActionOutput<'wish', 'mine'>
export type WishSummary = WishPage['list'][number]
export type SubmitWishInput = ActionInput<'wish', 'submit'>
export type SaveWishDraftInput = ActionInput<'wish', 'saveDraft'>
export type WishPoolQuery = ActionInput<'wish', 'list'>
export type WishQueueQuery = ActionInput<'wish', 'queue'>
export type DispatchWishInput = ActionInput<'wish', 'dispatch'>
export type ConfirmWishInput = ActionInput<'wish', 'confirm'>
export type WishSuggestions = ActionOutput<'wish', 'suggestions'>
export type WishFigures = ActionOutput<'wish', 'figures'>
export type WishBoard = ActionOutput<'wish', 'board'>

// ---- the pool and one wish ---------------------------------------------------------------

/** 心愿墙: approved wishes, newest first, with this month's counts. */
export function wishPool(query: WishPoolQuery = {}): Promise<WishPoolPage> {
  return callFunction('wish', 'list', query)
}

export function getWish(wishId: string): Promise<WishView> {
  return callFunction('wish', 'get', { wishId })
}

/** 认领榜: holders ranked by wishes fulfilled. */
export function wishBoard(query: ActionInput<'wish', 'board'> = {}): Promise<WishBoard> {
  return callFunction('wish', 'board', query)
}

// ---- the wisher --------------------------------------------------------------------------

/** Submits a new wish, or edits and resubmits one (with `wishId`). */
export function submitWish(
  input: SubmitWishInput,
  options?: CallOptions,
): Promise<ActionOutput<'wish', 'submit'>> {
  return callFunction('wish', 'submit', input, options)
}

export function saveWishDraft(
  input: SaveWishDraftInput,
  options?: CallOptions,
): Promise<ActionOutput<'wish', 'saveDraft'>> {
  return callFunction('wish', 'saveDraft', input, options)
}

export function withdrawWish(wishId: string, options?: CallOptions): Promise<WishView> {
  return callFunction('wish', 'withdraw', { wishId }, options)
}

/** My wishes (`wished`), or what I, my shop or my branch hold (`held`). */
export function myWishes(query: ActionInput<'wish', 'mine'> = {}): Promise<WishPage> {
  return callFunction('wish', 'mine', query)
}

/** The wisher confirms (rating, thanks) or says it was not done (reason). */
export function confirmWish(input: ConfirmWishInput, options?: CallOptions): Promise<WishView> {
  return callFunction('wish', 'confirm', input, options)
}

// ---- whoever holds it --------------------------------------------------------------------

export function claimWish(
  input: ActionInput<'wish', 'claim'>,
  options?: CallOptions,
): Promise<WishView> {
  return callFunction('wish', 'claim', input, options)
}

export function releaseWish(
  wishId: string,
  reason: string,
  options?: CallOptions,
): Promise<WishView> {
  return callFunction('wish', 'release', { wishId, reason }, options)
}

/** The assignee accepts a dispatch, or declines it with a reason. */
export function respondWish(
  input: ActionInput<'wish', 'respond'>,
  options?: CallOptions,
): Promise<WishView> {
  return callFunction('wish', 'respond', input, options)
}

export function wishProgress(wishId: string, note: string): Promise<WishView> {
  return callFunction('wish', 'progress', { wishId, note })
}

export function fulfilWish(
  input: ActionInput<'wish', 'fulfil'>,
  options?: CallOptions,
): Promise<WishView> {
  return callFunction('wish', 'fulfil', input, options)
}

// ---- the committee -----------------------------------------------------------------------

export function reviewWish(
  input: ActionInput<'wish', 'review'>,
  options?: CallOptions,
): Promise<WishView> {
  return callFunction('wish', 'review', input, options)
}

/** The review queue, the dispatch board and the overdue list (a secretary sees her branches'). */
export function wishQueue(query: WishQueueQuery): Promise<WishPage> {
  return callFunction('wish', 'queue', query)
}

export function wishSuggestions(wishId: string): Promise<WishSuggestions> {
  return callFunction('wish', 'suggestions', { wishId })
}

export function dispatchWish(input: DispatchWishInput, options?: CallOptions): Promise<WishView> {
  return callFunction('wish', 'dispatch', input, options)
}

export function wishFigures(query: ActionInput<'wish', 'figures'> = {}): Promise<WishFigures> {
  return callFunction('wish', 'figures', query)
}

/** 心愿台账 as an Excel file. */
export function wishLedger(): Promise<ActionOutput<'wish', 'ledger'>> {
  return callFunction('wish', 'ledger', {})
}

/** Runs the timed sweep now (overdue returns, reminders, auto-confirmation). */
export function sweepWishes(): Promise<ActionOutput<'wish', 'sweep'>> {
  return callFunction('wish', 'sweep', {})
}

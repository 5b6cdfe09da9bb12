// Verb-named wrappers for every `wish.*` action (微心愿). Replies are the wish as the caller may see
// it: the server decides who sees the contact phone and what each person may do (`can`).
import type { ActionInput, ActionOutput } from '../../types/api'
import { actionCaller } from './call-function'

export type WishPoolPage = ActionOutput<'wish', 'list'>
export type WishPage = ActionOutput<'wish', 'mine'>
export type WishSummary = WishPage['list'][number]
export type WishPoolQuery = ActionInput<'wish', 'list'>
export type WishQueueQuery = ActionInput<'wish', 'queue'>
export type DispatchWishInput = ActionInput<'wish', 'dispatch'>
export type ConfirmWishInput = ActionInput<'wish', 'confirm'>
export type WishSuggestions = ActionOutput<'wish', 'suggestions'>
export type WishFigures = ActionOutput<'wish', 'figures'>
export type WishBoard = ActionOutput<'wish', 'board'>

// ---- the pool and one wish ---------------------------------------------------------------

/** 心愿墙: approved wishes, newest first, with this month's counts. */
export const wishPool = actionCaller('wish', 'list')

export const getWish = actionCaller('wish', 'get', (wishId: string) => ({ wishId }))

/** 认领榜: holders ranked by wishes fulfilled. */
export const wishBoard = actionCaller('wish', 'board')

// ---- the wisher --------------------------------------------------------------------------

/** Submits a new wish, or edits and resubmits one (with `wishId`). */
export const submitWish = actionCaller('wish', 'submit')

export const saveWishDraft = actionCaller('wish', 'saveDraft')

export const withdrawWish = actionCaller('wish', 'withdraw', (wishId: string) => ({ wishId }))

/** My wishes (`wished`), or what I, my shop or my branch hold (`held`). */
export const myWishes = actionCaller('wish', 'mine')

/** The wisher confirms (rating, thanks) or says it was not done (reason). */
export const confirmWish = actionCaller('wish', 'confirm')

// ---- whoever holds it --------------------------------------------------------------------

export const claimWish = actionCaller('wish', 'claim')

export const releaseWish = actionCaller('wish', 'release', (wishId: string, reason: string) => ({
  wishId,
  reason,
}))

/** The assignee accepts a dispatch, or declines it with a reason. */
export const respondWish = actionCaller('wish', 'respond')

export const wishProgress = actionCaller('wish', 'progress', (wishId: string, note: string) => ({
  wishId,
  note,
}))

export const fulfilWish = actionCaller('wish', 'fulfil')

// ---- the committee -----------------------------------------------------------------------

export const reviewWish = actionCaller('wish', 'review')

/** The review queue, the dispatch board and the overdue list (a secretary sees her branches'). */
export const wishQueue = actionCaller('wish', 'queue')

export const wishSuggestions = actionCaller('wish', 'suggestions', (wishId: string) => ({ wishId }))

export const dispatchWish = actionCaller('wish', 'dispatch')

export const wishFigures = actionCaller('wish', 'figures')

/** 心愿台账 as an Excel file. */
export const wishLedger = actionCaller('wish', 'ledger')

/** Runs the timed sweep now (overdue returns, reminders, auto-confirmation). */
export const sweepWishes = actionCaller('wish', 'sweep')

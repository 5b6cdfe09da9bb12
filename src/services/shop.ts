// Verb-named wrappers for every `shop.*` action, so pages never spell function or action names.
import type { ActionInput, ActionOutput } from '../../types/api'
import { actionCaller, callFunction } from './call-function'

export type ShopQuery = ActionInput<'shop', 'list'>
export type ShopPage = ActionOutput<'shop', 'list'>
export type ShopSummary = ShopPage['list'][number]
export type ShopCode = ActionOutput<'shop', 'code'>
export type PosterSize = 'A5' | 'A4'
export type PdfFile = ActionOutput<'shop', 'poster'>
export type AdminShopQuery = ActionInput<'shop', 'adminList'>
export type AdminShopPage = ActionOutput<'shop', 'adminList'>
export type AdminShop = AdminShopPage['list'][number]
export type ShopFieldsInput = ActionInput<'shop', 'create'>
export type ShopUpdateInput = ActionInput<'shop', 'update'>
export type ShopStatusInput = ActionInput<'shop', 'setStatus'>
export type ImportSheetInput = ActionInput<'shop', 'importSheet'>
export type ImportSheetResult = ActionOutput<'shop', 'importSheet'>
export type ClaimCode = ActionOutput<'shop', 'issueClaimCode'>
export type MyShop = ActionOutput<'shop', 'mine'>['list'][number]
export type ShopProfileInput = ActionInput<'shop', 'updateProfile'>
export type CommitmentsInput = ActionInput<'shop', 'setCommitments'>
export type AwardHonourInput = ActionInput<'shop', 'awardHonour'>
export type RevokeHonourInput = ActionInput<'shop', 'revokeHonour'>
export type ShopEvent = ActionOutput<'shop', 'history'>['list'][number]
export type ShopIdResult = ActionOutput<'shop', 'create'>

// ---- public ------------------------------------------------------------------------------

/** Shops open to the public, filtered by keyword, category and honour, one page at a time. */
export const listShops = actionCaller('shop', 'list')

/** The public card (诚信档案) of one shop. */
export const getShop = actionCaller('shop', 'get', (shopId: string) => ({ shopId }))

/** The card of the shop a scanned code names; a forged or edited code is refused (VALIDATION). */
export const scanShop = actionCaller('shop', 'scan', (code: string) => ({ code }))

// ---- codes (committee, merchant) ---------------------------------------------------------

/** The shop's signed code: payload, h5 URL and a PNG of the code. */
export const getShopCode = actionCaller('shop', 'code', (shopId: string) => ({ shopId }))

/** A print-ready poster of one shop's code (PDF). */
export const downloadPoster = actionCaller(
  'shop',
  'poster',
  (shopId: string, size: PosterSize) => ({ shopId, size }),
)

/** Every open shop's poster in one PDF, one page each (committee). */
export const downloadAllPosters = actionCaller('shop', 'allPosters', (size: PosterSize) => ({
  size,
}))

// ---- committee ---------------------------------------------------------------------------

/** One shop with its contact details, whatever its status (committee). */
export const getAdminShop = actionCaller('shop', 'adminGet', (shopId: string) => ({ shopId }))

/** Shops with contact details and status, for the committee. */
export const listAdminShops = actionCaller('shop', 'adminList')

export const createShop = actionCaller('shop', 'create')

export const updateShop = actionCaller('shop', 'update')

/** Suspends or reopens a shop, with the reason. */
export const setShopStatus = actionCaller('shop', 'setStatus')

/** Imports shops from an Excel sheet; the reply reports each row. */
export const importShopSheet = actionCaller('shop', 'importSheet')

/** A one-time claim code the committee hands to the shop's merchant. */
export const issueClaimCode = actionCaller('shop', 'issueClaimCode', (shopId: string) => ({
  shopId,
}))

export const awardHonour = actionCaller('shop', 'awardHonour')

export const revokeHonour = actionCaller('shop', 'revokeHonour')

/** How the shop's integrity score changed, and why. */
export function shopHistory(shopId: string): Promise<ShopEvent[]> {
  return callFunction('shop', 'history', { shopId }).then((res) => res.list)
}

// ---- merchant ----------------------------------------------------------------------------

/** Claims a shop with the committee's one-time code; the caller becomes its merchant. */
export const claimShop = actionCaller('shop', 'claim', (code: string) => ({ code }))

/** The shops the caller manages, with integrity and open complaints. */
export function myShops(): Promise<MyShop[]> {
  return callFunction('shop', 'mine', {}).then((res) => res.list)
}

/** Description, hours and photos of the merchant's shop. */
export const updateShopProfile = actionCaller('shop', 'updateProfile')

/** The shop's public commitments (亮承诺), replacing the previous ones. */
export const setCommitments = actionCaller('shop', 'setCommitments')

/**
 * The shop code in what `Taro.scanCode` read: a mini-program code gives a `path` with `scene=`,
 * our h5 URL carries `code=`. Anything else is not one of our shop codes ('' ).
 */
export function shopCodeFromScan(scan: { path?: string; result?: string }): string {
  for (const text of [scan.path, scan.result]) {
    if (!text) continue
    const match = /[?&](?:scene|code)=([^&#]+)/.exec(text)
    if (match) {
      try {
        return decodeURIComponent(match[1])
      } catch {
        return match[1]
      }
    }
  }
  return ''
}

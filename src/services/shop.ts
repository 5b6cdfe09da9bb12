import type { ActionInput, ActionOutput } from '../../types/api'
import { callFunction } from './call-function'

export type ShopQuery = ActionInput<'shop', 'list'>
export type ShopPage = ActionOutput<'shop', 'list'>
export type ShopSummary = ShopPage['list'][number]
export type ShopCard = ActionOutput<'shop', 'get'>

/** Shops open to the public, filtered by keyword and category, one page at a time. */
export function listShops(query: ShopQuery): Promise<ShopPage> {
  return callFunction('shop', 'list', query)
}

/** The public card of one shop. */
export function getShop(shopId: string): Promise<ShopCard> {
  return callFunction('shop', 'get', { shopId })
}

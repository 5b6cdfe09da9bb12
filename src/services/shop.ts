// What pages want from `shop.*` beyond the client: lists unwrapped, and the code in a scan.
import type { ActionOutput } from '../../types/api'
import type { MyShop } from '../../types/shop'
import { api } from './call-function'

/** How the shop's integrity score changed, and why. */
export function shopHistory(shopId: string): Promise<ActionOutput<'shop', 'history'>['list']> {
  return api.shop.history({ shopId }).then((res) => res.list)
}

/** The shops the caller manages, with integrity and open complaints. */
export function myShops(): Promise<MyShop[]> {
  return api.shop.mine().then((res) => res.list)
}

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

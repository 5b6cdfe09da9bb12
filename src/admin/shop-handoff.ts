// The shop list hands the row being edited to the shop form, so the form opens filled without a
// second request. A fresh load of the form (h5 reload, shared link) finds nothing here and looks
// the shop up itself.
import type { AdminShop } from '../services/shop'

let handedOver: AdminShop | undefined

/** Keeps the row the committee is about to edit. */
export function handOverShop(shop: AdminShop): void {
  handedOver = shop
}

/** The row handed over for `shopId`, if that is the one being edited. */
export function takeHandedOverShop(shopId: string): AdminShop | undefined {
  return handedOver?.shopId === shopId ? handedOver : undefined
}

// A shop's signed code, its h5 address and its picture, for the merchant and the committee.
import type { HandlerOf } from '../../../server/kernel/router'
import { shopCodeImage, shopCodeUrl } from '../../../server/services/code-image'
import { shopCodeKeys, signShopCode } from '../../../server/services/shop-code'
import { requireManagedShop } from './access'

export const code: HandlerOf<'shop', 'code'> = async (ctx, input) => {
  const shop = await requireManagedShop(ctx, input.shopId)
  const payload = signShopCode(shop.code, shopCodeKeys())
  return { code: payload, url: shopCodeUrl(payload), imageDataUrl: await shopCodeImage(payload) }
}

// A shop's signed code, its h5 address and its picture, for the merchant and the committee.
import type { HandlerOf } from '../../../server/kernel/router'
import { requireManagedShop } from './access'

export const code: HandlerOf<'shop', 'code'> = async (ctx, input) => {
  const shop = await requireManagedShop(ctx, input.shopId)
  const { shopCodes, codeImage } = ctx.services
  const payload = shopCodes.sign(shop.code)
  return {
    code: payload,
    url: codeImage.url(payload),
    imageDataUrl: await codeImage.image(payload),
  }
}

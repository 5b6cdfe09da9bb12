// Print-ready posters of shop codes: one shop for its merchant or the committee, or every open
// shop of the district in one PDF for the committee.
import type { Ctx } from '../../../server/kernel/context'
import type { HandlerOf } from '../../../server/kernel/router'
import { openShopsForPosters, type ShopDoc } from '../../../server/repositories/shops'
import { renderPosters, type PosterShop } from '../../../server/services/poster'
import { INTEGRITY_LEVEL_LABELS, type IntegrityLevel } from '../../../types/integrity'
import { storedIntegrity } from '../../../server/domain/shop-card'
import { requireDistrict, requireManagedShop } from './access'

/** Keeps the reply under CloudBase's 6 MB reply limit (about 26 KB a page, base64): the first
 * 150 shops by name. A larger district needs the PDF put in cloud storage instead (not yet). */
const MAX_POSTERS = 150
const LEVEL_COLOURS: Record<IntegrityLevel, string> = {
  green: '#2E7D32',
  yellow: '#B7791F',
  red: '#C8161D',
}

async function posterOf(ctx: Ctx, shop: ShopDoc): Promise<PosterShop> {
  const { codeImage, shopCodes } = ctx.services
  const dataUrl = await codeImage.image(shopCodes.sign(shop.code))
  const integrity = storedIntegrity(shop)
  return {
    name: shop.name,
    address: shop.address,
    floorUnit: shop.floorUnit,
    stars: integrity.stars,
    levelLabel: INTEGRITY_LEVEL_LABELS[integrity.level],
    levelColour: LEVEL_COLOURS[integrity.level],
    codeImage: Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'),
  }
}

async function pdfOf(ctx: Ctx, shops: ShopDoc[], size: 'A5' | 'A4', fileName: string) {
  const district = await requireDistrict(ctx)
  const pdf = await renderPosters(
    await Promise.all(shops.map((shop) => posterOf(ctx, shop))),
    size,
    district.name,
  )
  return { fileName, contentBase64: pdf.toString('base64') }
}

export const poster: HandlerOf<'shop', 'poster'> = async (ctx, input) => {
  const shop = await requireManagedShop(ctx, input.shopId)
  return pdfOf(ctx, [shop], input.size, `${shop.name}-诚信二维码-${input.size}.pdf`)
}

export const allPosters: HandlerOf<'shop', 'allPosters'> = async (ctx, input) => {
  const district = await requireDistrict(ctx)
  const shops = await openShopsForPosters(ctx.db, district._id, MAX_POSTERS)
  return pdfOf(ctx, shops, input.size, `${district.name}-全部店铺诚信二维码-${input.size}.pdf`)
}

// Print-ready posters of shop codes: one shop for its merchant or the committee, or the district's
// open shops for the committee, in parts of about 200 shops (see server/domain/poster-parts.ts).
import type { Ctx } from '../../../server/kernel/context'
import type { HandlerOf } from '../../../server/kernel/router'
import { fieldError } from '../../../server/kernel/app-error'
import { inParallel } from '../../../server/kernel/in-parallel'
import {
  countOpenShops,
  openShopsForPosters,
  type ShopDoc,
} from '../../../server/repositories/shops'
import { renderPosters, type PosterShop } from '../../../server/services/poster'
import { handOutFile } from '../../../server/domain/downloads'
import { posterPartRange, posterParts } from '../../../server/domain/poster-parts'
import { INTEGRITY_LEVEL_LABELS, type IntegrityLevel } from '../../../types/integrity'
import { storedIntegrity } from '../../../server/domain/shop-card'
import { requireDistrict, requireManagedShop } from './access'

/** Code images drawn at once: in production each is a WeChat call (wxacode.getUnlimited). */
const CODE_IMAGES_AT_ONCE = 8
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
  const posters = await inParallel(shops, CODE_IMAGES_AT_ONCE, (shop) => posterOf(ctx, shop))
  return handOutFile(ctx, fileName, await renderPosters(posters, size, district.name))
}

export const poster: HandlerOf<'shop', 'poster'> = async (ctx, input) => {
  const shop = await requireManagedShop(ctx, input.shopId)
  return pdfOf(ctx, [shop], input.size, `${shop.name}-诚信二维码-${input.size}.pdf`)
}

export const allPosters: HandlerOf<'shop', 'allPosters'> = async (ctx, input) => {
  const district = await requireDistrict(ctx)
  const open = await countOpenShops(ctx.db, district._id)
  const parts = posterParts(open)
  if (input.part > parts) throw fieldError('part', `共 ${parts} 份，没有第 ${input.part} 份`)
  const { skip, take } = posterPartRange(input.part, open)
  const shops = await openShopsForPosters(ctx.db, district._id, skip, take)
  const name = parts === 1 ? '' : `-第${input.part}份共${parts}份`
  const fileName = `${district.name}-全部店铺诚信二维码-${input.size}${name}.pdf`
  return {
    part: input.part,
    parts,
    shops: shops.length,
    file: await pdfOf(ctx, shops, input.size, fileName),
  }
}

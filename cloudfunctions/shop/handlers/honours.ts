// Honours the committee awards and revokes (党员示范店, 星级党员商户); they move the score.
import type { HandlerOf } from '../../../server/kernel/router'
import { conflict } from '../../../server/kernel/app-error'
import { recomputeIntegrity } from '../../../server/domain/integrity'
import { updateShop } from '../../../server/repositories/shops'
import { requireShop } from './access'

export const awardHonour: HandlerOf<'shop', 'awardHonour'> = async (ctx, input) => {
  const shop = await requireShop(ctx, input.shopId)
  if ((shop.honours ?? []).includes(input.honour)) throw conflict(`已授予「${input.honour}」`)
  const now = ctx.now()
  await updateShop(ctx.db, shop._id, {
    honours: ctx._.set([...(shop.honours ?? []), input.honour]),
    honourDetails: ctx._.set([
      ...(shop.honourDetails ?? []),
      { honour: input.honour, criteria: input.criteria, awardedAt: now },
    ]),
    updatedAt: now,
  })
  await recomputeIntegrity(ctx, shop._id, `授予「${input.honour}」（${input.criteria.join('、')}）`)
  return { shopId: shop._id }
}

export const revokeHonour: HandlerOf<'shop', 'revokeHonour'> = async (ctx, input) => {
  const shop = await requireShop(ctx, input.shopId)
  if (!(shop.honours ?? []).includes(input.honour)) throw conflict(`未获得「${input.honour}」`)
  await updateShop(ctx.db, shop._id, {
    honours: ctx._.set(shop.honours.filter((h) => h !== input.honour)),
    honourDetails: ctx._.set((shop.honourDetails ?? []).filter((h) => h.honour !== input.honour)),
    updatedAt: ctx.now(),
  })
  await recomputeIntegrity(ctx, shop._id, `撤销「${input.honour}」：${input.reason}`)
  return { shopId: shop._id }
}

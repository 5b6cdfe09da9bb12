// Honours the committee awards and revokes (党员示范店, 星级党员商户); they move the score.
import type { HandlerOf } from '../../../server/kernel/router'
import { conflict } from '../../../server/kernel/app-error'
import { recomputeIntegrity } from '../../../server/domain/integrity'
import { addHonour, removeHonour } from '../../../server/repositories/shops'
import { requireShop } from './access'

export const awardHonour: HandlerOf<'shop', 'awardHonour'> = async (ctx, input) => {
  const shop = await requireShop(ctx, input.shopId)
  const now = ctx.now()
  const detail = { honour: input.honour, criteria: input.criteria, awardedAt: now }
  if (!(await addHonour(ctx.db, shop._id, detail, now))) throw conflict(`已授予「${input.honour}」`)
  await recomputeIntegrity(ctx, shop._id, `授予「${input.honour}」（${input.criteria.join('、')}）`)
  return { shopId: shop._id }
}

export const revokeHonour: HandlerOf<'shop', 'revokeHonour'> = async (ctx, input) => {
  const shop = await requireShop(ctx, input.shopId)
  if (!(await removeHonour(ctx.db, shop._id, input.honour, ctx.now())))
    throw conflict(`未获得「${input.honour}」`)
  await recomputeIntegrity(ctx, shop._id, `撤销「${input.honour}」：${input.reason}`)
  return { shopId: shop._id }
}

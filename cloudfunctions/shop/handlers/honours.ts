// Honours the committee awards and revokes (党员示范店, 星级党员商户); they move the score.
import type { HandlerOf } from '../../../server/kernel/router'
import { conflict } from '../../../server/kernel/app-error'
import { carryOut, followUpRecord } from '../../../server/domain/follow-ups'
import { addHonour, removeHonour } from '../../../server/repositories/shops'
import { requireShop } from './access'

export const awardHonour: HandlerOf<'shop', 'awardHonour'> = async (ctx, input) => {
  const shop = await requireShop(ctx, input.shopId)
  const now = ctx.now()
  const detail = { honour: input.honour, criteria: input.criteria, awardedAt: now }
  const reason = `授予「${input.honour}」（${input.criteria.join('、')}）`
  const record = followUpRecord(ctx, [{ kind: 'integrity', shopId: shop._id, reason }])
  if (!(await addHonour(ctx.db, shop._id, detail, now, record)))
    throw conflict(`已授予「${input.honour}」`)
  await carryOut(ctx, record)
  return { shopId: shop._id }
}

export const revokeHonour: HandlerOf<'shop', 'revokeHonour'> = async (ctx, input) => {
  const shop = await requireShop(ctx, input.shopId)
  const reason = `撤销「${input.honour}」：${input.reason}`
  const record = followUpRecord(ctx, [{ kind: 'integrity', shopId: shop._id, reason }])
  if (!(await removeHonour(ctx.db, shop._id, input.honour, ctx.now(), record)))
    throw conflict(`未获得「${input.honour}」`)
  await carryOut(ctx, record)
  return { shopId: shop._id }
}

// What a merchant does with their shop: claim it, see it, edit its profile and commitments.
import type { HandlerOf } from '../../../server/kernel/router'
import { fieldError, rateLimited } from '../../../server/kernel/app-error'
import { cardEffects, carryOut, followUpRecord } from '../../../server/domain/follow-ups'
import { storedIntegrity } from '../../../server/domain/shop-card'
import { checkTexts } from '../../../server/domain/text-check'
import { claimShopWithCode } from '../../../server/repositories/claim-codes'
import { countOpenComplaints } from '../../../server/repositories/complaints'
import { shopEvents } from '../../../server/repositories/shop-events'
import { takeDailyLimit } from '../../../server/repositories/rate-limits'
import { shopsRunBy, updateShop } from '../../../server/repositories/shops'
import { callerUser } from '../../../server/kernel/context'
import { requireManagedShop, requireOwnShop } from './access'

/** Claim attempts a person may make per day (Asia/Shanghai), so codes cannot be guessed. */
export const CLAIM_ATTEMPTS_PER_DAY = 10

/** Takes a one-time claim code; the caller becomes a merchant of that shop. */
export const claim: HandlerOf<'shop', 'claim'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  const now = ctx.now()
  if (!(await takeDailyLimit(ctx.db, 'claim', user._id, CLAIM_ATTEMPTS_PER_DAY, now)))
    throw rateLimited('今天尝试认领的次数过多，请明天再试或联系商圈党委')
  const shopId = await claimShopWithCode(ctx.db, input.code, user._id, now)
  if (!shopId) throw fieldError('code', '认领码无效、已过期或已被使用')
  return { shopId }
}

export const mine: HandlerOf<'shop', 'mine'> = async (ctx) => {
  const shops = ctx.caller.user ? await shopsRunBy(ctx.db, ctx.caller.user._id) : []
  return {
    list: await Promise.all(
      shops.map(async (shop) => ({
        shopId: shop._id,
        name: shop.name,
        integrity: storedIntegrity(shop),
        description: shop.description,
        hours: shop.hours,
        photos: shop.photos ?? [],
        commitments: shop.commitments ?? [],
        openComplaints: await countOpenComplaints(ctx.db, shop._id),
      })),
    ),
  }
}

export const updateProfile: HandlerOf<'shop', 'updateProfile'> = async (ctx, input) => {
  const { shopId, ...fields } = input
  await requireOwnShop(ctx, shopId)
  // Shown on the public card: through the content check like any other public text.
  await checkTexts(ctx, { description: fields.description ?? '', hours: fields.hours ?? '' })
  const record = followUpRecord(ctx, cardEffects([shopId]))
  await updateShop(ctx.db, shopId, { ...fields, updatedAt: ctx.now() }, record)
  await carryOut(ctx, record)
  return { shopId }
}

export const setCommitments: HandlerOf<'shop', 'setCommitments'> = async (ctx, input) => {
  await requireOwnShop(ctx, input.shopId)
  const texts = input.commitments.map((c) => c.text)
  const duplicate = texts.findIndex((t, i) => texts.indexOf(t) !== i)
  if (duplicate >= 0) throw fieldError(`commitments.${duplicate}.text`, '承诺重复')
  await checkTexts(ctx, Object.fromEntries(texts.map((t, i) => [`commitments.${i}.text`, t])))
  const reason = `亮承诺更新为 ${input.commitments.length} 项`
  const record = followUpRecord(ctx, [{ kind: 'integrity', shopId: input.shopId, reason }])
  const change = { commitments: input.commitments, updatedAt: ctx.now() }
  await updateShop(ctx.db, input.shopId, change, record)
  await carryOut(ctx, record)
  return { shopId: input.shopId }
}

export const history: HandlerOf<'shop', 'history'> = async (ctx, input) => {
  await requireManagedShop(ctx, input.shopId)
  const events = await shopEvents(ctx.db, input.shopId)
  return {
    list: events.map((e) => ({
      at: new Date(e.at).toISOString(),
      reason: e.reason,
      scoreBefore: e.scoreBefore,
      scoreAfter: e.scoreAfter,
      levelAfter: e.levelAfter,
    })),
  }
}

// What a merchant does with their shop: claim it, see it, edit its profile and commitments.
import type { HandlerOf } from '../../../server/kernel/router'
import { fieldError } from '../../../server/kernel/app-error'
import { recomputeIntegrity } from '../../../server/domain/integrity'
import { storedIntegrity } from '../../../server/domain/shop-card'
import { takeClaimCode } from '../../../server/repositories/claim-codes'
import { countOpenComplaints } from '../../../server/repositories/complaints'
import { shopEvents } from '../../../server/repositories/shop-events'
import { addMerchant, findShop, updateShop } from '../../../server/repositories/shops'
import { ensureUser, grantMerchant } from '../../../server/repositories/users'
import { requireManagedShop, requireOwnShop } from './access'

/** Takes a one-time claim code; the caller becomes a merchant of that shop. */
export const claim: HandlerOf<'shop', 'claim'> = async (ctx, input) => {
  const { user } = await ensureUser(ctx.db, ctx.caller.identity!.openid, ctx.now())
  const now = ctx.now()
  const shopId = await takeClaimCode(ctx.db, input.code, user._id, now)
  if (!shopId) throw fieldError('code', '认领码无效、已过期或已被使用')
  await grantMerchant(ctx.db, user._id, shopId, now)
  await addMerchant(ctx.db, shopId, user._id, now)
  return { shopId }
}

export const mine: HandlerOf<'shop', 'mine'> = async (ctx) => {
  const ids = ctx.caller.user?.shopIds ?? []
  const shops = (await Promise.all(ids.map((id) => findShop(ctx.db, id)))).filter((s) => s !== null)
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
  await updateShop(ctx.db, shopId, { ...fields, updatedAt: ctx.now() })
  return { shopId }
}

export const setCommitments: HandlerOf<'shop', 'setCommitments'> = async (ctx, input) => {
  await requireOwnShop(ctx, input.shopId)
  const texts = input.commitments.map((c) => c.text)
  const duplicate = texts.findIndex((t, i) => texts.indexOf(t) !== i)
  if (duplicate >= 0) throw fieldError(`commitments.${duplicate}.text`, '承诺重复')
  await updateShop(ctx.db, input.shopId, {
    commitments: ctx._.set(input.commitments),
    updatedAt: ctx.now(),
  })
  await recomputeIntegrity(ctx, input.shopId, `亮承诺更新为 ${input.commitments.length} 项`)
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

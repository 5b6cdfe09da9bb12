import { maskName } from '../../types/masking'
import type { RatingStatus } from '../../types/rating'
import { conflict, notFound } from '../../server/kernel/app-error'
import { callerUser, type Ctx } from '../../server/kernel/context'
import type { HandlerOf } from '../../server/kernel/router'
import { carryOut, followUpRecord } from '../../server/domain/follow-ups'
import {
  findRating,
  listHeldRatings,
  putRating,
  ratingId,
  settleHeldRating,
  type RatingDoc,
} from '../../server/repositories/ratings'
import { mapPage } from '../../server/repositories/paged'
import { recordInWindow } from '../../server/repositories/rate-limits'
import { findShop, shopNames } from '../../server/repositories/shops'
import { shanghaiMonth } from '../../types/shanghai-time'

/** A burst: this many ratings of one shop within the window hold the next for the committee. */
export const BURST_LIMIT = 10
export const BURST_WINDOW_MS = 10 * 60 * 1000

const COUNTED: readonly RatingStatus[] = ['public', 'text_rejected']

/** Public unless the text fails the content check, in which case only the stars count. */
async function checkedStatus(
  ctx: Ctx,
  text: string,
): Promise<{ status: RatingStatus; textRejectedReason?: string }> {
  if (!text) return { status: 'public' }
  const verdict = await ctx.services.contentCheck.check(text, ctx)
  return verdict.ok
    ? { status: 'public' }
    : { status: 'text_rejected', textRejectedReason: verdict.reason ?? '内容未通过安全检查' }
}

export const rate: HandlerOf<'rating', 'rate'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  const shop = await findShop(ctx.db, input.shopId)
  if (!shop || shop.status !== 'open') throw notFound('店铺')
  const now = ctx.now()
  const id = ratingId(shop._id, user._id, shanghaiMonth(now))
  const previous = await findRating(ctx.db, id)

  // A burst against one shop (many ratings in minutes) waits for the committee instead of
  // moving the score. The shop's window counts each rating once (re-rating is no burst) and is
  // written conditionally, so parallel ratings see each other.
  const burst = await recordInWindow(
    ctx.db,
    `rating-burst:${shop._id}`,
    id,
    BURST_WINDOW_MS,
    BURST_LIMIT + 1,
    now,
  )
  const verdict =
    burst >= BURST_LIMIT ? { status: 'held' as const } : await checkedStatus(ctx, input.text)

  const doc: RatingDoc = {
    _id: id,
    shopId: shop._id,
    userId: user._id,
    month: shanghaiMonth(now),
    stars: input.stars,
    tags: input.tags,
    text: input.text,
    authorName: maskName(user.nickname),
    ...verdict,
    createdAt: previous ? new Date(previous.createdAt) : now,
    updatedAt: now,
  }
  const wasCounted = !!previous && !previous.discardedAt && COUNTED.includes(previous.status)
  // Counted (or no longer counted), the rating moves the shop's score: the recount is a follow-up
  // of the write, so a crash in between cannot leave the card without it.
  const recount =
    wasCounted || COUNTED.includes(doc.status)
      ? followUpRecord(ctx, [{ kind: 'integrity', shopId: shop._id, reason: '新的顾客评价' }])
      : null
  await putRating(ctx.db, doc, recount)
  if (recount) await carryOut(ctx, recount)
  return { ratingId: id, status: doc.status, replaced: !!previous }
}

export const mine: HandlerOf<'rating', 'mine'> = async (ctx, input) => {
  const user = ctx.caller.user
  if (!user) return { rating: null }
  const doc = await findRating(ctx.db, ratingId(input.shopId, user._id, shanghaiMonth(ctx.now())))
  if (!doc) return { rating: null }
  // The author may read back their own text even when it is not shown publicly.
  return { rating: { stars: doc.stars, tags: doc.tags, text: doc.text, status: doc.status } }
}

export const held: HandlerOf<'rating', 'held'> = async (ctx, input) => {
  const page = await listHeldRatings(ctx.db, input)
  const names = await shopNames(
    ctx.db,
    page.list.map((r) => r.shopId),
  )
  return mapPage(page, (r) => ({
    ratingId: r._id,
    shopId: r.shopId,
    shopName: names.get(r.shopId) ?? '（店铺已删除）',
    stars: r.stars,
    text: r.text,
    createdAt: new Date(r.createdAt).toISOString(),
  }))
}

/**
 * Approving counts a held rating (its text still passes the content check first); discarding
 * keeps the document, marked, so nothing a user wrote is silently deleted.
 */
export const reviewHeld: HandlerOf<'rating', 'reviewHeld'> = async (ctx, input) => {
  const doc = await findRating(ctx.db, input.ratingId)
  if (!doc) throw notFound('评价')
  if (doc.status !== 'held' || doc.discardedAt) throw conflict('该评价已审核过')
  const now = ctx.now()
  // A held rating was never on the card; rebuilt on a discard anyway, so moderation always leaves
  // it current.
  const verdict = input.approve ? await checkedStatus(ctx, doc.text) : { discardedAt: now }
  const record = followUpRecord(ctx, [
    input.approve
      ? { kind: 'integrity', shopId: doc.shopId, reason: '集中评价经审核计入' }
      : { kind: 'card', shopId: doc.shopId },
  ])
  if (!(await settleHeldRating(ctx.db, doc._id, verdict, now, record)))
    throw conflict('该评价已审核过')
  await carryOut(ctx, record)
  return { ratingId: doc._id, status: 'status' in verdict ? verdict.status : 'discarded' }
}

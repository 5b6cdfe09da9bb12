// Reading wishes: the wall with this month's figures, one wish as its viewer may see it, the
// caller's own (wished or held), and the review and dispatch queue.
import type { HandlerOf } from '../../../server/kernel/router'
import { shanghaiMonth } from '../../../types/shanghai-time'
import { callerKeys } from '../../../server/domain/holders'
import { wishSummary } from '../../../server/domain/wish-view'
import { notFound } from '../../../server/kernel/app-error'
import { mapPage } from '../../../server/repositories/paged'
import {
  countInMonth,
  listPool,
  listWishesBy,
  listWishesHeld,
  listWishQueue,
} from '../../../server/repositories/wishes'
import { isAdmin, loadWish, relationTo, seesWish, viewFor } from './access'

export const list: HandlerOf<'wish', 'list'> = async (ctx, input) => {
  const month = shanghaiMonth(ctx.now())
  const [page, open, claimed, fulfilled] = await Promise.all([
    listPool(ctx.db, input, input),
    countInMonth(ctx.db, 'approved', month),
    countInMonth(ctx.db, 'claimed', month),
    countInMonth(ctx.db, 'fulfilled', month),
  ])
  return { ...mapPage(page, wishSummary), month: { open, claimed, fulfilled } }
}

export const get: HandlerOf<'wish', 'get'> = async (ctx, input) => {
  const doc = await loadWish(ctx, input.wishId)
  if (!seesWish(doc, await relationTo(ctx, doc))) throw notFound('心愿')
  return viewFor(ctx, doc)
}

export const mine: HandlerOf<'wish', 'mine'> = async (ctx, input) => {
  const user = ctx.caller.user
  if (!user) return { list: [], total: 0, page: input.page, pageSize: input.pageSize }
  const page =
    input.side === 'wished'
      ? await listWishesBy(ctx.db, user._id, input)
      : await listWishesHeld(ctx.db, await callerKeys(ctx), input)
  return mapPage(page, wishSummary)
}

export const queue: HandlerOf<'wish', 'queue'> = async (ctx, input) => {
  const branches = isAdmin(ctx) ? null : (ctx.caller.user?.orgIds ?? [])
  if (branches && !branches.length)
    return { list: [], total: 0, page: input.page, pageSize: input.pageSize }
  const page = await listWishQueue(
    ctx.db,
    { view: input.view, category: input.category, branches },
    input,
  )
  return mapPage(page, wishSummary)
}

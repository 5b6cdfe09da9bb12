// The committee's figures and ledger, and the public 认领榜.
import { shanghaiDay, shanghaiMonth } from '../../../types/shanghai-time'
import type { WishHolder } from '../../../types/wish'
import type { HandlerOf } from '../../../server/kernel/router'
import { holderKey, holderView } from '../../../server/domain/holders'
import {
  allWishes,
  fulfilledByHolder,
  countInMonth,
  countOverdueWishes,
  wishesInMonth,
  type WishDoc,
} from '../../../server/repositories/wishes'
import { writeWishLedger } from '../../../server/services/wish-sheet'
import { median } from '../../../server/domain/figures-math'
import { handOutFile } from '../../../server/domain/downloads'

const DAY_MS = 24 * 3600 * 1000

/**
 * A month's figures (Asia/Shanghai). Counts come from the month-stamp indexes; the per-holder
 * table is computed in memory over the wishes claimed or fulfilled that month (a few thousand at
 * most). A release is counted when it happened in the month on a wish claimed or fulfilled in it.
 */
export const figures: HandlerOf<'wish', 'figures'> = async (ctx, input) => {
  const month = input.month ?? shanghaiMonth(ctx.now())
  const [submitted, claimedDocs, fulfilledDocs, overdue] = await Promise.all([
    countInMonth(ctx.db, 'submitted', month),
    wishesInMonth(ctx.db, 'claimed', month),
    wishesInMonth(ctx.db, 'fulfilled', month),
    countOverdueWishes(ctx.db),
  ])
  const rows = new Map<
    string,
    { holder: WishHolder; claimed: number; fulfilled: number; released: number }
  >()
  const row = (key: string, holder: WishHolder) => {
    const found = rows.get(key) ?? { holder, claimed: 0, fulfilled: 0, released: 0 }
    rows.set(key, found)
    return found
  }
  for (const w of claimedDocs)
    if (w.holder) row(holderKey(w.holder), holderView(w.holder)).claimed++
  for (const w of fulfilledDocs)
    if (w.holder) row(holderKey(w.holder), holderView(w.holder)).fulfilled++
  const seen = new Map<string, WishDoc>()
  for (const w of [...claimedDocs, ...fulfilledDocs]) seen.set(w._id, w)
  for (const w of seen.values())
    for (const r of w.releases)
      if (shanghaiMonth(new Date(r.at)) === month) row(r.holderKey, holderView(r)).released++
  const days = fulfilledDocs
    .filter((w) => w.approvedAt && w.fulfilledAt)
    .map((w) => (new Date(w.fulfilledAt!).getTime() - new Date(w.approvedAt!).getTime()) / DAY_MS)
  return {
    submitted,
    claimed: claimedDocs.length,
    fulfilled: fulfilledDocs.length,
    medianDaysToFulfil: median(days),
    overdue,
    byHolder: [...rows.values()].sort((a, b) => b.fulfilled - a.fulfilled || b.claimed - a.claimed),
  }
}

/** 认领榜: holders by confirmed wishes (members masked), the most first. */
export const board: HandlerOf<'wish', 'board'> = async (ctx, input) => {
  const rows = await fulfilledByHolder(ctx.db, input.kind, input.limit)
  const list = rows.map((r, i) => ({
    rank: i + 1,
    holder: holderView(r.holder),
    fulfilled: r.fulfilled,
  }))
  return { list }
}

/** 心愿台账: every submitted wish in full with its whole timeline, for the committee. */
export const ledger: HandlerOf<'wish', 'ledger'> = async (ctx) => {
  const content = await writeWishLedger(await allWishes(ctx.db))
  return handOutFile(ctx, `心愿台账-${shanghaiDay(ctx.now())}.xlsx`, content)
}

// The timed sweep (every 10 minutes in production, every minute locally; the committee may run it
// too): dispatches not accepted in time and claims past their deadline go back to the wall flagged
// overdue; holders are reminded a day before the deadline; fulfilled wishes nobody confirmed are
// confirmed after WISH_AUTO_CONFIRM_DAYS. Each change is conditional on the wish still being where
// it was read, so overlapping sweeps return each wish once.
import {
  CLAIMS_PER_PERSON,
  OPEN_WISHES_PER_PERSON,
  WISH_AUTO_CONFIRM_DAYS,
  WISH_DUE_SOON_HOURS,
} from '../../../types/wish'
import { shanghaiMonth } from '../../../types/shanghai-time'
import type { HandlerOf } from '../../../server/kernel/router'
import { holderKey, holderUserIds } from '../../../server/domain/holders'
import { notify } from '../../../server/domain/notify'
import { committeeIds } from '../../../server/domain/recipients'
import {
  wishConfirmedNotice,
  wishDueSoonNotice,
  wishOverdueNotice,
  wishReleasedNotice,
} from '../../../server/domain/wish-notices'
import {
  advanceWish,
  claimsDueBy,
  claimsPastDeadline,
  countWishesHolding,
  dispatchesUnanswered,
  fulfilledBefore,
  markWishDueSoon,
  noHolder,
  noResource,
  type WishChange,
} from '../../../server/repositories/wishes'
import { lowerResourceUse, resourcesInUse } from '../../../server/repositories/resource-use'
import { releaseClaimSlot, releaseWishSlot, wisherIds } from './access'
import { giveBackDispatchUse } from './dispatch'

/** At most this many wishes of each kind per run; the next run takes the rest. */
const BATCH = 100
const HOUR_MS = 3600 * 1000
/** A resource use taken this recently may belong to a dispatch still writing its wish. */
const IN_FLIGHT_MS = 60 * 1000
const BACK_TO_WALL: WishChange = {
  status: 'open',
  ...noHolder(),
  overdue: true,
  dueSoonNotified: false,
}

export const sweep: HandlerOf<'wish', 'sweep'> = async (ctx) => {
  const now = ctx.now()
  const committee = await committeeIds(ctx.db)

  let dispatchExpired = 0
  for (const w of await dispatchesUnanswered(ctx.db, now, BATCH)) {
    const back = await advanceWish(
      ctx.db,
      w._id,
      ['dispatched'],
      { ...BACK_TO_WALL, ...noResource(), updatedAt: now },
      [{ at: now, actor: 'system', action: '派单超时未接受', note: '已回到心愿墙' }],
      { guard: { respondBy: w.respondBy } },
    )
    if (!back) continue
    dispatchExpired++
    await giveBackDispatchUse(ctx, w)
    await notify(ctx, committee, wishOverdueNotice(w, 'dispatch', true, now))
  }

  let claimsOverdue = 0
  for (const w of await claimsPastDeadline(ctx.db, now, BATCH)) {
    if (!w.holder) continue
    const holder = w.holder
    const back = await advanceWish(
      ctx.db,
      w._id,
      ['claimed'],
      { ...BACK_TO_WALL, updatedAt: now },
      [{ at: now, actor: 'system', action: '认领逾期', note: '逾期未实现，已回到心愿墙' }],
      {
        guard: { deadline: w.deadline },
        release: {
          holderKey: holderKey(holder),
          name: holder.name,
          kind: holder.kind,
          at: now,
          reason: '逾期未实现',
        },
      },
    )
    if (!back) continue
    claimsOverdue++
    await releaseClaimSlot(ctx, w, holder, CLAIMS_PER_PERSON)
    await notify(ctx, committee, wishOverdueNotice(w, 'claim', true, now))
    await notify(ctx, holderUserIds(ctx, holder), wishOverdueNotice(w, 'claim', false, now))
    await notify(ctx, wisherIds(ctx, w), wishReleasedNotice(w, '认领逾期', now))
  }

  let dueSoon = 0
  const until = new Date(now.getTime() + WISH_DUE_SOON_HOURS * HOUR_MS)
  for (const w of await claimsDueBy(ctx.db, now, until, BATCH)) {
    if (!w.deadline || !w.holder || !(await markWishDueSoon(ctx.db, w._id, w.deadline))) continue
    dueSoon++
    await notify(ctx, holderUserIds(ctx, w.holder), wishDueSoonNotice(w, now))
  }

  let autoConfirmed = 0
  const before = new Date(now.getTime() - WISH_AUTO_CONFIRM_DAYS * 24 * HOUR_MS)
  for (const w of await fulfilledBefore(ctx.db, before, BATCH)) {
    const done = await advanceWish(
      ctx.db,
      w._id,
      ['fulfilled'],
      {
        status: 'confirmed',
        confirmation: { rating: null, thanks: '', at: now, auto: true },
        confirmedAt: now,
        updatedAt: now,
      },
      [
        {
          at: now,
          actor: 'system',
          action: '自动确认',
          note: `超过 ${WISH_AUTO_CONFIRM_DAYS} 天未确认，系统自动确认已实现`,
        },
      ],
    )
    if (!done) continue
    autoConfirmed++
    await releaseWishSlot(ctx, w, OPEN_WISHES_PER_PERSON)
    if (w.holder) await releaseClaimSlot(ctx, w, w.holder, CLAIMS_PER_PERSON)
    if (w.holder)
      await notify(ctx, holderUserIds(ctx, w.holder), wishConfirmedNotice(w, true, '', now))
  }

  // Capacity heals itself: a dispatch killed between taking a resource's use and writing its wish
  // leaves `used` one too high with no wish to give it back. The wishes holding the resource this
  // month are the truth, so `used` is lowered to their count — never raised, and not for a resource
  // taken in the last minute, whose dispatch may still be writing its wish.
  const month = shanghaiMonth(now)
  for (const r of await resourcesInUse(ctx.db, month)) {
    if (r.takenAt && now.getTime() - new Date(r.takenAt).getTime() <= IN_FLIGHT_MS) continue
    await lowerResourceUse(ctx.db, r, await countWishesHolding(ctx.db, r._id, month))
  }

  return { dispatchExpired, claimsOverdue, autoConfirmed, dueSoon }
}

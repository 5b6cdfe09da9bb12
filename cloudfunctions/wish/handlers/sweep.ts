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
import type { Notice } from '../../../server/domain/notify'
import { remindOnce, type FollowUp, type FollowUpRecord } from '../../../server/domain/follow-ups'
import { sweeper } from '../../../server/domain/timeline'
import { committeeIds } from '../../../server/domain/recipients'
import {
  wishConfirmedNotice,
  wishDueSoonNotice,
  wishOverdueNotice,
  wishReleasedNotice,
} from '../../../server/domain/wish-notices'
import {
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
import { releaseClaimSlot, releaseWishSlot, step, wisherIds } from './access'
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

const told = (userIds: string[], notice: Notice): FollowUp => ({ kind: 'notify', userIds, notice })

/** One of the sweep's steps on a wish (see `sweeper`). */
const swept = sweeper(step, 'wish')

export const sweep: HandlerOf<'wish', 'sweep'> = async (ctx) => {
  const now = ctx.now()
  const committee = await committeeIds(ctx.db)

  let dispatchExpired = 0
  for (const w of await dispatchesUnanswered(ctx.db, now, BATCH)) {
    const back = await swept(ctx, w, {
      from: ['dispatched'],
      change: { ...BACK_TO_WALL, ...noResource() },
      entries: [{ actor: 'system', action: '派单超时未接受', note: '已回到心愿墙' }],
      guard: { respondBy: w.respondBy },
      followUps: () => [told(committee, wishOverdueNotice(w, 'dispatch', true, now))],
    })
    if (!back) continue
    dispatchExpired++
    await giveBackDispatchUse(ctx, w)
  }

  let claimsOverdue = 0
  for (const w of await claimsPastDeadline(ctx.db, now, BATCH)) {
    if (!w.holder) continue
    const holder = w.holder
    const release = {
      holderKey: holderKey(holder),
      name: holder.name,
      kind: holder.kind,
      at: now,
      reason: '逾期未实现',
    }
    const back = await swept(ctx, w, {
      from: ['claimed'],
      change: BACK_TO_WALL,
      entries: [{ actor: 'system', action: '认领逾期', note: '逾期未实现，已回到心愿墙' }],
      guard: { deadline: w.deadline },
      appends: { releases: [release] },
      followUps: async () => [
        told(committee, wishOverdueNotice(w, 'claim', true, now)),
        told(await holderUserIds(ctx, holder), wishOverdueNotice(w, 'claim', false, now)),
        told(await wisherIds(ctx, w), wishReleasedNotice(w, '认领逾期', now)),
      ],
    })
    if (!back) continue
    claimsOverdue++
    await releaseClaimSlot(ctx, w, holder, CLAIMS_PER_PERSON)
  }

  let dueSoon = 0
  const until = new Date(now.getTime() + WISH_DUE_SOON_HOURS * HOUR_MS)
  for (const w of await claimsDueBy(ctx.db, now, until, BATCH)) {
    const deadline = w.deadline
    if (!deadline || !w.holder) continue
    const take = (record: FollowUpRecord) => markWishDueSoon(ctx.db, w._id, deadline, record)
    if (await remindOnce(ctx, holderUserIds(ctx, w.holder), wishDueSoonNotice(w, now), take))
      dueSoon++
  }

  let autoConfirmed = 0
  const before = new Date(now.getTime() - WISH_AUTO_CONFIRM_DAYS * 24 * HOUR_MS)
  for (const w of await fulfilledBefore(ctx.db, before, BATCH)) {
    const holder = w.holder
    const done = await swept(ctx, w, {
      from: ['fulfilled'],
      change: {
        status: 'confirmed',
        confirmation: { rating: null, thanks: '', at: now, auto: true },
        confirmedAt: now,
      },
      entries: [
        {
          actor: 'system',
          action: '自动确认',
          note: `超过 ${WISH_AUTO_CONFIRM_DAYS} 天未确认，系统自动确认已实现`,
        },
      ],
      followUps: async () =>
        holder
          ? [told(await holderUserIds(ctx, holder), wishConfirmedNotice(w, true, '', now))]
          : [],
    })
    if (!done) continue
    autoConfirmed++
    await releaseWishSlot(ctx, w, OPEN_WISHES_PER_PERSON)
    if (holder) await releaseClaimSlot(ctx, w, holder, CLAIMS_PER_PERSON)
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

// The holder's side after claiming: progress notes, marking the wish fulfilled; then the wisher's
// confirmation (for 代录 wishes, the committee's): done, with a rating and thanks, or not done and
// back to the holder with the reason.
import { CLAIMS_PER_PERSON, OPEN_WISHES_PER_PERSON } from '../../../types/wish'
import { shanghaiMonth } from '../../../types/shanghai-time'
import { forbidden } from '../../../server/kernel/app-error'
import { entryBy, staffName } from '../../../server/domain/timeline'
import type { Ctx } from '../../../server/kernel/context'
import type { HandlerOf } from '../../../server/kernel/router'
import { holderKey, holderUserIds } from '../../../server/domain/holders'
import type { Notice } from '../../../server/domain/notify'
import type { FollowUp } from '../../../server/domain/follow-ups'
import { wishConfirmedNotice, wishFulfilledNotice } from '../../../server/domain/wish-notices'
import { confirmsWish, THANKS_ACTION } from '../../../server/domain/wish-view'
import type { HolderDoc, WishDoc } from '../../../server/repositories/wishes'
import {
  loadWish,
  relationTo,
  releaseClaimSlot,
  releaseWishSlot,
  step,
  viewFor,
  wisherIds,
} from './access'
import { checkTexts } from '../../../server/domain/text-check'

const DAY_MS = 24 * 3600 * 1000

/** The wish's holder is told `notice` (a wish without one tells no one). */
async function holderTold(ctx: Ctx, wish: WishDoc, notice: Notice): Promise<FollowUp[]> {
  if (!wish.holder) return []
  return [{ kind: 'notify', userIds: await holderUserIds(ctx, wish.holder), notice }]
}
/** A wish sent back as not done gets at least this long again. */
const REDO_DAYS = 3

/** The claimed wish, when the caller holds it. */
async function heldWish(ctx: Ctx, wishId: string): Promise<{ doc: WishDoc; holder: HolderDoc }> {
  const doc = await loadWish(ctx, wishId)
  const rel = await relationTo(ctx, doc)
  if (!rel.holds || !doc.holder) throw forbidden('只有认领人可以这样做')
  return { doc, holder: doc.holder }
}

export const progress: HandlerOf<'wish', 'progress'> = async (ctx, input) => {
  const { doc, holder } = await heldWish(ctx, input.wishId)
  await checkTexts(ctx, { note: input.note })
  const next = await step(ctx, doc, {
    from: ['claimed'],
    change: {},
    entries: [entryBy(ctx, 'holder', '进展', input.note)],
    conflict: '只有已认领的心愿可以记录进展',
    guard: { holderKeys: holderKey(holder) },
  })
  return viewFor(ctx, next)
}

export const fulfil: HandlerOf<'wish', 'fulfil'> = async (ctx, input) => {
  const { doc, holder } = await heldWish(ctx, input.wishId)
  await checkTexts(ctx, { note: input.note })
  const now = ctx.now()
  const next = await step(ctx, doc, {
    from: ['claimed'],
    change: {
      status: 'fulfilled',
      fulfilment: { note: input.note, photos: input.photos, at: now },
      fulfilledAt: now,
      fulfilledMonth: shanghaiMonth(now),
    },
    entries: [entryBy(ctx, 'holder', '标记已实现', input.note)],
    conflict: '只有已认领的心愿可以标记实现',
    guard: { holderKeys: holderKey(holder) },
    followUps: async (next) => [
      {
        kind: 'notify',
        userIds: await wisherIds(ctx, next),
        notice: wishFulfilledNotice(next, now),
      },
    ],
  })
  return viewFor(ctx, next)
}

export const confirm: HandlerOf<'wish', 'confirm'> = async (ctx, input) => {
  const doc = await loadWish(ctx, input.wishId)
  const rel = await relationTo(ctx, doc)
  if (!confirmsWish(doc, rel))
    throw forbidden(doc.onBehalf ? '代录的心愿由商圈党委确认' : '只有心愿人可以确认')
  const now = ctx.now()
  const actor = doc.onBehalf ? ('committee' as const) : ('wisher' as const)
  const byName = doc.onBehalf ? staffName(ctx) : undefined
  if (input.done) {
    await checkTexts(ctx, { thanks: input.thanks })
    const next = await step(ctx, doc, {
      from: ['fulfilled'],
      change: {
        status: 'confirmed',
        confirmation: { rating: input.rating ?? null, thanks: input.thanks, at: now, auto: false },
        confirmedAt: now,
      },
      entries: [{ actor, action: THANKS_ACTION, note: input.thanks, byName }],
      conflict: '只有待确认的心愿可以确认',
      followUps: (next) =>
        holderTold(ctx, next, wishConfirmedNotice(next, true, input.thanks, now)),
    })
    await releaseWishSlot(ctx, next, OPEN_WISHES_PER_PERSON)
    // The claim's slot, held until now (a dispatch accepted took none: nothing to free then).
    if (next.holder) await releaseClaimSlot(ctx, next, next.holder, CLAIMS_PER_PERSON)
    return viewFor(ctx, next)
  }
  const reason = input.reason ?? ''
  await checkTexts(ctx, { reason })
  const redo = now.getTime() + REDO_DAYS * DAY_MS
  const old = doc.deadline ? new Date(doc.deadline).getTime() : 0
  const next = await step(ctx, doc, {
    from: ['fulfilled'],
    change: {
      status: 'claimed',
      fulfilment: null,
      fulfilledAt: null,
      fulfilledMonth: null,
      deadline: new Date(Math.max(old, redo)),
      dueSoonNotified: false,
    },
    entries: [{ actor, action: '确认未实现', note: reason, byName }],
    conflict: '只有待确认的心愿可以确认',
    followUps: (next) => holderTold(ctx, next, wishConfirmedNotice(next, false, reason, now)),
  })
  return viewFor(ctx, next)
}

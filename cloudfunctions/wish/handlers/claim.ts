// Claiming (认领) and giving a claim back. A claim is one conditional update from `open`, so of any
// number of concurrent claimers exactly one wins; before it, the claimer takes one of their
// CLAIMS_PER_PERSON numbered slots, given back when the update loses, the claim is released or
// lapses, or the wish is confirmed. Accepting a dispatch takes none: the committee decided it.
import { CLAIMS_PER_PERSON, CLAIM_DAYS, HOLDER_KIND_LABELS } from '../../../types/wish'
import { endOfShanghaiDay, shanghaiMonth } from '../../../types/shanghai-time'
import { conflict, forbidden } from '../../../server/kernel/app-error'
import { entryBy } from '../../../server/domain/timeline'
import { callerUser } from '../../../server/kernel/context'
import type { HandlerOf } from '../../../server/kernel/router'
import { actingAs, holderKey, holderView } from '../../../server/domain/holders'
import { takenBefore } from '../../../server/domain/follow-ups'
import { wishClaimedNotice, wishReleasedNotice } from '../../../server/domain/wish-notices'
import { releaseSlot } from '../../../server/repositories/slots'
import { noHolder, type WishDoc } from '../../../server/repositories/wishes'
import {
  claimSlots,
  loadWish,
  relationTo,
  releaseClaimSlot,
  step,
  takeSlot,
  viewFor,
  wisherIds,
} from './access'
import { checkTexts } from '../../../server/domain/text-check'

const HOUR_MS = 3600 * 1000
const TAKEN = '心愿已被认领或不在心愿墙上'

/** The claim's deadline: the end of the wanted-by day if that leaves a day, else CLAIM_DAYS on. */
export function claimDeadline(wantedBy: string | null, now: Date): Date {
  const end = wantedBy ? endOfShanghaiDay(wantedBy) : null
  if (end && end.getTime() > now.getTime() + 24 * HOUR_MS) return end
  return new Date(now.getTime() + CLAIM_DAYS * 24 * HOUR_MS)
}

export const claim: HandlerOf<'wish', 'claim'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  const doc = await loadWish(ctx, input.wishId)
  if (doc.wisherId === user._id) throw forbidden('不能认领自己的心愿')
  const holder = await actingAs(ctx, input.as)
  const key = holderKey(holder)
  const heldByMe = (d: WishDoc) => d.status === 'claimed' && d.holderKeys.includes(key)
  // A slot is held until the wish is confirmed: a fulfilled one may still come back as not done.
  const unfinished = (d: WishDoc) =>
    (d.status === 'claimed' || d.status === 'fulfilled') && d.holderKeys.includes(key)
  if (heldByMe(doc)) {
    // A retry of a claim that won: what the claim left to do is done first.
    await takenBefore(ctx)
    return viewFor(ctx, doc)
  }
  if (doc.status !== 'open') throw conflict(TAKEN)

  const slotId = await takeSlot(ctx, claimSlots(holder, CLAIMS_PER_PERSON), doc._id, unfinished)
  if (!slotId) throw conflict(`最多同时认领 ${CLAIMS_PER_PERSON} 个未完成的心愿`)
  const now = ctx.now()
  const name = holderView(holder).name
  try {
    const next = await step(ctx, doc, {
      from: ['open'],
      change: {
        status: 'claimed',
        holder,
        holderKeys: [key],
        deadline: claimDeadline(doc.wantedBy, now),
        respondBy: null,
        claimedAt: now,
        claimedMonth: shanghaiMonth(now),
        dueSoonNotified: false,
        overdue: false,
      },
      entries: [
        {
          actor: 'holder',
          action: '认领心愿',
          note: `${HOLDER_KIND_LABELS[holder.kind]} ${name}`,
          byName: user.nickname,
        },
      ],
      conflict: TAKEN,
      followUps: async (next) => [
        {
          kind: 'notify',
          userIds: await wisherIds(ctx, next),
          notice: wishClaimedNotice(next, name, now),
        },
      ],
    })
    return await viewFor(ctx, next)
  } catch (err) {
    await releaseSlot(ctx.db, slotId, doc._id).catch(() => undefined)
    // A retry of this caller's own claim that already won is answered with the wish; the claim
    // that won tells the wisher (its follow-ups are durable).
    const latest = await loadWish(ctx, doc._id)
    if (heldByMe(latest)) return viewFor(ctx, latest)
    throw err
  }
}

export const release: HandlerOf<'wish', 'release'> = async (ctx, input) => {
  const doc = await loadWish(ctx, input.wishId)
  const rel = await relationTo(ctx, doc)
  if (!rel.holds || !doc.holder) throw forbidden('只有认领人可以退回认领')
  await checkTexts(ctx, { reason: input.reason })
  const holder = doc.holder
  const now = ctx.now()
  const next = await step(ctx, doc, {
    from: ['claimed'],
    change: { status: 'open', ...noHolder(), dueSoonNotified: false },
    entries: [entryBy(ctx, 'holder', '退回认领', `${holderView(holder).name}：${input.reason}`)],
    conflict: '只有已认领、尚未实现的心愿可以退回',
    guard: { holderKeys: holderKey(holder) },
    appends: {
      releases: [
        {
          holderKey: holderKey(holder),
          name: holder.name,
          kind: holder.kind,
          at: now,
          reason: input.reason,
        },
      ],
    },
    followUps: async (next) => [
      {
        kind: 'notify',
        userIds: await wisherIds(ctx, next),
        notice: wishReleasedNotice(next, input.reason, now),
      },
    ],
  })
  await releaseClaimSlot(ctx, doc, holder, CLAIMS_PER_PERSON)
  return viewFor(ctx, next)
}

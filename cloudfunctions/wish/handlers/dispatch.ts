// 派单: the committee gives an open wish to a branch, a merchant or a member with a deadline,
// optionally using a resource (one use of its monthly capacity, taken atomically and given back if
// the dispatch does not happen, is declined or lapses). The assignee accepts within
// DISPATCH_ACCEPT_HOURS, or declines with a reason and the wish goes back to the wall.
import { DISPATCH_ACCEPT_HOURS, HOLDER_KIND_LABELS } from '../../../types/wish'
import {
  endOfShanghaiDay,
  formatShanghai,
  shanghaiMonth,
  shanghaiToday,
} from '../../../types/shanghai-time'
import { conflict, fieldError, forbidden } from '../../../server/kernel/app-error'
import { entryBy } from '../../../server/domain/timeline'
import type { Ctx } from '../../../server/kernel/context'
import type { HandlerOf } from '../../../server/kernel/router'
import {
  dispatchHolder,
  holderKey,
  holderUserIds,
  holderView,
} from '../../../server/domain/holders'
import { takenBefore, type FollowUp } from '../../../server/domain/follow-ups'
import { committeeIds } from '../../../server/domain/recipients'
import {
  wishClaimedNotice,
  wishDispatchAnsweredNotice,
  wishDispatchedNotice,
} from '../../../server/domain/wish-notices'
import { findResource } from '../../../server/repositories/resources'
import {
  giveBackResourceUse,
  takeResourceUse,
  usesLeft,
} from '../../../server/repositories/resource-use'
import {
  noHolder,
  noResource,
  type HolderDoc,
  type WishDoc,
} from '../../../server/repositories/wishes'
import type { DispatchTarget } from '../../../types/wish'
import { loadWish, relationTo, step, viewFor, wisherIds } from './access'
import { checkTexts } from '../../../server/domain/text-check'
import { resourcesMatching } from './matching'

const HOUR_MS = 3600 * 1000

/** Gives back the resource use of a dispatch that ended without being accepted. */
export async function giveBackDispatchUse(ctx: Pick<Ctx, 'db'>, doc: WishDoc): Promise<void> {
  if (doc.resourceId && doc.resourceMonth)
    await giveBackResourceUse(ctx.db, doc.resourceId, doc.resourceMonth)
}

const NOT_OPEN = '只有待认领的心愿可以派单'

export const dispatch: HandlerOf<'wish', 'dispatch'> = async (ctx, input) => {
  const now = ctx.now()
  const respondBy = new Date(now.getTime() + DISPATCH_ACCEPT_HOURS * HOUR_MS)
  if (input.deadline < shanghaiToday(now)) throw fieldError('deadline', '期限不能早于今天')
  if (input.deadline < shanghaiToday(respondBy))
    throw fieldError('deadline', '期限须在接受期限（48 小时）之后')
  const doc = await loadWish(ctx, input.wishId)
  // A retry of a dispatch that is in answers with it (before a second place is taken below).
  if (await takenBefore(ctx)) return viewFor(ctx, doc)
  if (doc.status !== 'open') throw conflict(NOT_OPEN)
  const holder = await dispatchHolder(ctx, input.to)
  // The wisher (as member, a shop they run, a branch they lead) cannot be the one to help; a 代录
  // wish's wisherId is the committee member who entered it, not the person helped.
  if (!doc.onBehalf && (await holderUserIds(ctx, holder)).includes(doc.wisherId))
    throw fieldError('to', '不能派给心愿人本人')
  const month = shanghaiMonth(now)
  let resourceTitle = ''
  if (input.resourceId) {
    const resource = await findResource(ctx.db, input.resourceId)
    if (!resource || resource.status !== 'approved' || resource.validUntil < shanghaiToday(now))
      throw fieldError('resourceId', '请选择已发布且在有效期内的资源')
    if (!(await takeResourceUse(ctx.db, resource._id, month, now)))
      throw fieldError('resourceId', '该资源本月名额已用完')
    resourceTitle = resource.title
  }
  const deadline = endOfShanghaiDay(input.deadline)
  const name = holderView(holder).name
  const note = [
    `交由${HOLDER_KIND_LABELS[holder.kind]} ${name}，期限 ${formatShanghai(deadline, 'YYYY-MM-DD')}`,
    resourceTitle && `使用资源「${resourceTitle}」`,
    input.note,
  ]
  let next: WishDoc | undefined
  try {
    next = await step(ctx, doc, {
      from: ['open'],
      change: {
        status: 'dispatched',
        holder,
        holderKeys: [holderKey(holder)],
        deadline,
        respondBy,
        resourceId: input.resourceId ?? null,
        resourceMonth: input.resourceId ? month : null,
        dueSoonNotified: false,
        overdue: false,
      },
      entries: [entryBy(ctx, 'committee', '派单', note.filter(Boolean).join('；'))],
      conflict: NOT_OPEN,
      followUps: async (written) => [
        {
          kind: 'notify',
          userIds: await holderUserIds(ctx, holder),
          notice: wishDispatchedNotice(written, now),
        },
      ],
    })
  } finally {
    if (!next && input.resourceId) await giveBackResourceUse(ctx.db, input.resourceId, month)
  }
  return viewFor(ctx, next)
}

export const respond: HandlerOf<'wish', 'respond'> = async (ctx, input) => {
  const doc = await loadWish(ctx, input.wishId)
  const rel = await relationTo(ctx, doc)
  if (!rel.holds || !doc.holder || doc.status !== 'dispatched')
    throw forbidden('只有被派单的承接人可以答复')
  const holder: HolderDoc = doc.holder
  const name = holderView(holder).name
  const now = ctx.now()
  // The sweep returns it to the wall shortly; an answer after the window is not one.
  if (doc.respondBy && new Date(doc.respondBy).getTime() < now.getTime())
    throw conflict('派单已超过 48 小时，已退回心愿墙')
  const guard = { respondBy: doc.respondBy }
  const message = '派单已答复或已超时'
  const reason = input.reason ?? ''
  if (!input.accept) await checkTexts(ctx, { reason })
  const followUps = async (next: WishDoc): Promise<FollowUp[]> => [
    {
      kind: 'notify',
      userIds: await committeeIds(ctx.db),
      notice: wishDispatchAnsweredNotice(next, name, input.accept, reason, now),
    },
    ...(input.accept
      ? [
          {
            kind: 'notify' as const,
            userIds: await wisherIds(ctx, next),
            notice: wishClaimedNotice(next, name, now),
          },
        ]
      : []),
  ]
  const next = input.accept
    ? await step(ctx, doc, {
        from: ['dispatched'],
        change: {
          status: 'claimed',
          claimedAt: now,
          claimedMonth: shanghaiMonth(now),
          respondBy: null,
        },
        entries: [entryBy(ctx, 'assignee', '接受派单', name)],
        conflict: message,
        guard,
        followUps,
      })
    : await step(ctx, doc, {
        from: ['dispatched'],
        change: { status: 'open', ...noHolder(), ...noResource() },
        entries: [entryBy(ctx, 'assignee', '拒绝派单', `${name}：${reason}`)],
        conflict: message,
        guard,
        followUps,
      })
  if (!input.accept) await giveBackDispatchUse(ctx, doc)
  return viewFor(ctx, next)
}

/** Whom a resource's owner can be dispatched as. */
function targetOf(owner: HolderDoc): DispatchTarget {
  if (owner.kind === 'merchant' && owner.shopId) return { kind: 'merchant', shopId: owner.shopId }
  if (owner.kind === 'branch' && owner.orgId) return { kind: 'branch', orgId: owner.orgId }
  return { kind: 'member', userId: owner.userId }
}

/** Resources matching the wish (./matching), with what is left of each this month. */
export const suggestions: HandlerOf<'wish', 'suggestions'> = async (ctx, input) => {
  const doc = await loadWish(ctx, input.wishId)
  const month = shanghaiMonth(ctx.now())
  const resources = await resourcesMatching(ctx, doc)
  return {
    list: resources.map((r) => ({
      resourceId: r._id,
      title: r.title,
      owner: holderView(r.owner),
      target: targetOf(r.owner),
      left: usesLeft(r, month),
    })),
  }
}

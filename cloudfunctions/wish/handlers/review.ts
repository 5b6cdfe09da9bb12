// Review: the committee, or the secretary of the wish's branch, approves a pending wish onto the
// wall (telling the owners of resources that match it), rejects it or returns it for a change.
import { shanghaiMonth } from '../../../types/shanghai-time'
import { forbidden } from '../../../server/kernel/app-error'
import { entryBy } from '../../../server/domain/timeline'
import type { Ctx } from '../../../server/kernel/context'
import type { HandlerOf } from '../../../server/kernel/router'
import { holderUserIds } from '../../../server/domain/holders'
import type { FollowUp } from '../../../server/domain/follow-ups'
import { resourceMatchedNotice, wishReviewedNotice } from '../../../server/domain/wish-notices'
import type { WishDoc } from '../../../server/repositories/wishes'
import { isAdmin, leadsBranch, loadWish, step, viewFor } from './access'
import { resourcesMatching } from './matching'

/** The owners of resources that match an approved wish are told of it. */
async function matchingOwnersTold(ctx: Ctx, doc: WishDoc): Promise<FollowUp[]> {
  const now = ctx.now()
  const told: FollowUp[] = []
  for (const r of await resourcesMatching(ctx, doc))
    told.push({
      kind: 'notify',
      userIds: await holderUserIds(ctx, r.owner),
      notice: resourceMatchedNotice(doc, r.title, now),
    })
  return told
}

const DECISIONS = {
  approve: { status: 'open', action: '审核通过' },
  reject: { status: 'rejected', action: '审核不通过' },
  revise: { status: 'returned', action: '退回修改' },
} as const

export const review: HandlerOf<'wish', 'review'> = async (ctx, input) => {
  const doc = await loadWish(ctx, input.wishId)
  const committee = isAdmin(ctx)
  if (!committee && !leadsBranch(ctx, doc.branchId)) throw forbidden('只能审核本支部所辖的心愿')
  // A 代录 wish's wisherId is the committee member who entered it for someone else.
  if (!doc.onBehalf && doc.wisherId === ctx.caller.user?._id) throw forbidden('不能审核自己的心愿')
  const now = ctx.now()
  const decision = DECISIONS[input.decision]
  const reason = input.reason ?? ''
  const approve = input.decision === 'approve'
  const next = await step(ctx, doc, {
    from: ['pending'],
    change: approve
      ? {
          status: 'open',
          pool: true,
          reviewNote: null,
          approvedAt: now,
          approvedMonth: shanghaiMonth(now),
        }
      : { status: decision.status, reviewNote: reason },
    entries: [
      entryBy(
        ctx,
        committee ? 'committee' : 'secretary',
        decision.action,
        approve ? '进入心愿墙' : reason,
      ),
    ],
    conflict: '只有待审核的心愿可以审核',
    followUps: async (next) => [
      {
        kind: 'notify',
        userIds: [next.wisherId],
        notice: wishReviewedNotice(next, input.decision, reason, now),
      },
      ...(approve ? await matchingOwnersTold(ctx, next) : []),
    ],
  })
  return viewFor(ctx, next)
}

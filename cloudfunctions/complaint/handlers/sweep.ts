// The timed sweep (every 10 minutes in production, every minute locally; the committee may also
// run it): closes handled complaints the complainant did not confirm within AUTO_CLOSE_DAYS, and
// flags complaints past their deadline once. Each change is a step conditional on the complaint
// still being where it was read, so overlapping sweeps and a complainant confirming at the same
// moment never act twice; what follows it (messages, the shop lock, the shop's integrity) is
// written with it, so a crash cannot lose it.
import { AUTO_CLOSE_DAYS } from '../../../types/complaint'
import type { HandlerOf } from '../../../server/kernel/router'
import { sweeper } from '../../../server/domain/timeline'
import { complainantNotice, handlerNotice } from '../../../server/domain/notices'
import { handlerIds } from '../../../server/domain/recipients'
import { handledBefore, newlyOverdue } from '../../../server/repositories/complaints'
import { advance, integrity, releaseLock, tellComplainant } from './loop'

/** At most this many complaints of each kind per run; the next run takes the rest. */
const BATCH = 100
const DAY_MS = 24 * 3600 * 1000

const swept = sweeper(advance, 'complaint')

export const sweep: HandlerOf<'complaint', 'sweep'> = async (ctx) => {
  const now = ctx.now()

  let autoClosed = 0
  const unconfirmedSince = new Date(now.getTime() - AUTO_CLOSE_DAYS * DAY_MS)
  for (const c of await handledBefore(ctx.db, unconfirmedSince, BATCH)) {
    const closed = await swept(ctx, c, {
      from: ['handled'],
      change: { status: 'closed', closedAt: now },
      entries: [
        {
          actor: 'system',
          action: '自动办结',
          note: `超过 ${AUTO_CLOSE_DAYS} 天未确认，系统自动办结`,
        },
      ],
      followUps: (next) => [
        releaseLock(next),
        tellComplainant(next, complainantNotice(next, 'closed', now)),
        integrity(c.shopId, '投诉自动办结'),
      ],
    })
    if (closed) autoClosed++
  }

  let newlyOverdueCount = 0
  for (const c of await newlyOverdue(ctx.db, now, BATCH)) {
    const flagged = await swept(ctx, c, {
      from: ['accepted', 'assigned'],
      change: { overdueNotified: true },
      entries: [
        { actor: 'system', action: '逾期提醒', note: '已超过办理期限，已提请商圈党委督办' },
      ],
      guard: { overdueNotified: c.overdueNotified },
      followUps: async (next) => [
        {
          kind: 'notify',
          userIds: await handlerIds(ctx.db, next),
          notice: handlerNotice(next, 'overdue', now),
        },
        integrity(c.shopId, '投诉逾期未办结'),
      ],
    })
    if (flagged) newlyOverdueCount++
  }
  return { autoClosed, newlyOverdue: newlyOverdueCount }
}

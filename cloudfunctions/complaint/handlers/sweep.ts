// The timed sweep (every 10 minutes in production, every minute locally; the committee may also
// run it): closes handled complaints the complainant did not confirm within AUTO_CLOSE_DAYS, and
// flags complaints past their deadline once. Each change is a conditional update, so overlapping
// sweeps and a complainant confirming at the same moment never act twice.
import { AUTO_CLOSE_DAYS } from '../../../types/complaint'
import type { HandlerOf } from '../../../server/kernel/router'
import { recomputeIntegrity } from '../../../server/domain/integrity'
import { complainantNotice, handlerNotice } from '../../../server/domain/notices'
import { notify } from '../../../server/domain/notify'
import { handlerIds } from '../../../server/domain/recipients'
import {
  advanceComplaint,
  handledBefore,
  markOverdue,
  newlyOverdue,
} from '../../../server/repositories/complaints'
import { complaintLockId, releaseComplaintLock } from '../../../server/repositories/complaint-locks'

/** At most this many complaints of each kind per run; the next run takes the rest. */
const BATCH = 100
const DAY_MS = 24 * 3600 * 1000

export const sweep: HandlerOf<'complaint', 'sweep'> = async (ctx) => {
  const now = ctx.now()
  const touched = new Map<string, string>()

  let autoClosed = 0
  for (const c of await handledBefore(
    ctx.db,
    new Date(now.getTime() - AUTO_CLOSE_DAYS * DAY_MS),
    BATCH,
  )) {
    const closed = await advanceComplaint(
      ctx.db,
      c._id,
      ['handled'],
      { status: 'closed', closedAt: now, updatedAt: now },
      [
        {
          at: now,
          actor: 'system',
          action: '自动办结',
          note: `超过 ${AUTO_CLOSE_DAYS} 天未确认，系统自动办结`,
        },
      ],
    )
    if (!closed) continue
    autoClosed++
    await releaseComplaintLock(ctx.db, complaintLockId(c.complainantId, c.shopId), c._id)
    await notify(ctx, [c.complainantId], complainantNotice(c, 'closed', now))
    touched.set(c.shopId, '投诉自动办结')
  }

  let newlyOverdueCount = 0
  for (const c of await newlyOverdue(ctx.db, now, BATCH)) {
    const flagged = await markOverdue(ctx.db, c._id, {
      at: now,
      actor: 'system',
      action: '逾期提醒',
      note: '已超过办理期限，已提请商圈党委督办',
    })
    if (!flagged) continue
    newlyOverdueCount++
    await notify(ctx, handlerIds(ctx.db, c), handlerNotice(c, 'overdue', now))
    touched.set(c.shopId, '投诉逾期未办结')
  }

  for (const [shopId, reason] of touched) await recomputeIntegrity(ctx, shopId, reason)
  return { autoClosed, newlyOverdue: newlyOverdueCount }
}

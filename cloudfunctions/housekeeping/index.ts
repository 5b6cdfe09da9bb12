// Housekeeping: a timer removes what has expired, so the idempotency, rate-limit and claim-code
// collections stay bounded; the committee may also run it.
import { createMain, type HandlerOf } from '../../server/kernel/router'
import { removeSpentClaimCodes } from '../../server/repositories/claim-codes'
import { removeExpiredIdempotency } from '../../server/repositories/idempotency'
import { removeExpiredRateLimits } from '../../server/repositories/rate-limits'
import { removeExpiredReminderMarks } from '../../server/repositories/reminder-marks'

const sweep: HandlerOf<'housekeeping', 'sweep'> = async (ctx) => {
  const now = ctx.now()
  const [idempotency, rateLimits, claimCodes, reminderMarks] = await Promise.all([
    removeExpiredIdempotency(ctx.db, now),
    removeExpiredRateLimits(ctx.db, now),
    removeSpentClaimCodes(ctx.db, now),
    removeExpiredReminderMarks(ctx.db, now),
  ])
  return { idempotency, rateLimits, claimCodes, reminderMarks }
}

export const main = createMain('housekeeping', { sweep }, { timers: { sweep: 'sweep' } })

// Housekeeping: a timer removes what has expired, so the idempotency, rate-limit, claim-code,
// reminder-marker, login-request and web-session collections stay bounded, and exported files leave
// storage after a day; the committee may also run it.
import { createMain, type HandlerOf } from '../../server/kernel/router'
import { removeExpired } from '../../server/repositories/expired'
import { sweepExports } from '../../server/domain/downloads'

const sweep: HandlerOf<'housekeeping', 'sweep'> = async (ctx) => {
  const now = ctx.now()
  const [idempotency, rateLimits, claimCodes, reminderMarks, loginRequests, webSessions, exports] =
    await Promise.all([
      removeExpired(ctx.db, 'idempotency', now),
      removeExpired(ctx.db, 'rate_limits', now),
      removeExpired(ctx.db, 'claim_codes', now),
      removeExpired(ctx.db, 'reminder_marks', now),
      removeExpired(ctx.db, 'login_requests', now),
      removeExpired(ctx.db, 'web_sessions', now),
      sweepExports(ctx),
    ])
  return { idempotency, rateLimits, claimCodes, reminderMarks, loginRequests, webSessions, exports }
}

export const main = createMain('housekeeping', { sweep }, { timers: { sweep: 'sweep' } })

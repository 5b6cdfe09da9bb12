// Housekeeping: a timer removes what has expired, so the idempotency, follow-up, rate-limit,
// claim-code, reminder-marker, login-request and web-session collections stay bounded, carries out
// the follow-ups a crash left pending, and exported files leave storage after a day; the committee
// may also run it.
import { createMain, type HandlerOf } from '../../server/kernel/router'
import { removeExpired } from '../../server/repositories/expired'
import { sweepExports } from '../../server/domain/downloads'
import { runLeftFollowUps } from '../../server/domain/follow-ups'

const sweep: HandlerOf<'housekeeping', 'sweep'> = async (ctx) => {
  const now = ctx.now()
  const [
    idempotency,
    doneFollowUps,
    rateLimits,
    claimCodes,
    reminderMarks,
    loginRequests,
    webSessions,
    exports,
    followUps,
  ] = await Promise.all([
    removeExpired(ctx.db, 'idempotency', now),
    removeExpired(ctx.db, 'follow_ups', now),
    removeExpired(ctx.db, 'rate_limits', now),
    removeExpired(ctx.db, 'claim_codes', now),
    removeExpired(ctx.db, 'reminder_marks', now),
    removeExpired(ctx.db, 'login_requests', now),
    removeExpired(ctx.db, 'web_sessions', now),
    sweepExports(ctx),
    runLeftFollowUps(ctx),
  ])
  return {
    idempotency,
    doneFollowUps,
    rateLimits,
    claimCodes,
    reminderMarks,
    loginRequests,
    webSessions,
    exports,
    followUps,
  }
}

export const main = createMain('housekeeping', { sweep }, { timers: { sweep: 'sweep' } })

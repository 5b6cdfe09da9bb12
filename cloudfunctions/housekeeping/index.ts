// Housekeeping: a timer removes what has expired, so the idempotency, follow-up, rate-limit,
// claim-code, reminder-marker, login-request and web-session collections stay bounded, carries out
// the follow-ups a crash left pending, and exported files leave storage after a day; the committee
// may also run it.
import { createMain, type HandlerOf } from '../../server/kernel/router'
import { removeExpired } from '../../server/repositories/expired'
import { sweepExports } from '../../server/domain/downloads'
import { runLeftFollowUps } from '../../server/domain/follow-ups'

const sweep: HandlerOf<'housekeeping', 'sweep'> = async (ctx) => {
  const [removed, exports, followUps] = await Promise.all([
    removeExpired(ctx.db, ctx.now()),
    sweepExports(ctx),
    runLeftFollowUps(ctx),
  ])
  return { ...removed, exports, followUps }
}

export const main = createMain('housekeeping', { sweep }, { timers: { sweep: 'sweep' } })

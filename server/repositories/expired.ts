// Records that matter only for a while carry `expiresAt`: replies kept for retried writes, done
// follow-ups, rate-limit counters, claim codes (a used one expires at once), reminder markers,
// login requests and web sessions. The housekeeping sweep removes them once it has come, so those
// collections stay bounded.
import type { CollectionName } from '../../types/collections'
import { collection, type Database } from '../kernel/database'

/** The collections whose records expire, under the name the sweep's reply counts them by. */
const EXPIRING = {
  idempotency: 'idempotency',
  doneFollowUps: 'follow_ups',
  rateLimits: 'rate_limits',
  claimCodes: 'claim_codes',
  reminderMarks: 'reminder_marks',
  loginRequests: 'login_requests',
  webSessions: 'web_sessions',
} as const satisfies Record<string, CollectionName>

/** Removes every expiring collection's records whose expiry has come; how many went from each. */
export async function removeExpired(
  db: Database,
  now: Date,
): Promise<Record<keyof typeof EXPIRING, number>> {
  const removed = await Promise.all(
    Object.entries(EXPIRING).map(async ([counted, name]) => {
      const res = await collection(db, name)
        .where({ expiresAt: db.command.lte(now) })
        .remove()
      return [counted, Number(res.deleted ?? 0)] as const
    }),
  )
  return Object.fromEntries(removed) as Record<keyof typeof EXPIRING, number>
}

// Records that matter only for a while carry `expiresAt`: replies kept for retried writes, done
// follow-ups, rate-limit counters, claim codes (a used one expires at once), reminder markers,
// login requests and web sessions. The housekeeping sweep removes them once it has come, so those
// collections stay bounded.
import { collection, type Database } from '../kernel/database'

export type ExpiringCollection =
  | 'idempotency'
  | 'follow_ups'
  | 'rate_limits'
  | 'claim_codes'
  | 'reminder_marks'
  | 'login_requests'
  | 'web_sessions'

/** Removes the collection's records whose expiry has come; how many went. */
export async function removeExpired(
  db: Database,
  name: ExpiringCollection,
  now: Date,
): Promise<number> {
  const res = await collection(db, name)
    .where({ expiresAt: db.command.lte(now) })
    .remove()
  return Number(res.deleted ?? 0)
}

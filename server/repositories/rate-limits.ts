// Rate-limit counters: one document per what:who:window, taken with a conditional increment so
// that any number of parallel requests can never take more than the limit.
import { shanghaiDay } from '../../types/shanghai-time'
import { AppError } from '../kernel/app-error'
import { addUnlessPresent, collection, type Database } from '../kernel/database'

/** Takes one unit of the counter `id` if fewer than `limit` are taken; false when none is left. */
export async function takeRateLimit(
  db: Database,
  id: string,
  limit: number,
  expiresAt: Date,
): Promise<boolean> {
  // Created here or by someone first: either way the counter exists, which is all we need.
  await addUnlessPresent(db, 'rate_limits', { _id: id, n: 0, expiresAt })
  const res = await collection(db, 'rate_limits')
    .where({ _id: id, n: db.command.lt(limit) })
    .update({
      n: db.command.inc(1),
    })
  return res.updated === 1
}

/** The counter of something a person may do a limited number of times per Asia/Shanghai day. */
export function dailyCounterId(what: string, userId: string, now: Date): string {
  return `${what}:${userId}:${shanghaiDay(now)}`
}

/** Takes one of the person's `limit` uses of `what` today; false when none is left. */
export function takeDailyLimit(
  db: Database,
  what: string,
  userId: string,
  limit: number,
  now: Date,
): Promise<boolean> {
  // Kept a day past its own, so a clock near midnight never finds it gone.
  const expiresAt = new Date(now.getTime() + 2 * 24 * 3600 * 1000)
  return takeRateLimit(db, dailyCounterId(what, userId, now), limit, expiresAt)
}

/** Gives back a unit taken by `takeRateLimit` when the work it paid for did not happen. */
export async function releaseRateLimit(db: Database, id: string): Promise<void> {
  await collection(db, 'rate_limits')
    .where({ _id: id, n: db.command.gt(0) })
    .update({ n: db.command.inc(-1) })
}

type WindowEntry = { k: string; at: Date }
type WindowDoc = { _id: string; entries: WindowEntry[]; version: number; expiresAt: Date }

/** How often a window write may lose a race before the caller is asked to try again. */
const WINDOW_ATTEMPTS = 50

/**
 * A sliding-window counter: records `key` at `now` in window `id` and returns how many other keys
 * it held in the `windowMs` before. A key already there is not added twice. Writes are conditional
 * on the document's version, so parallel callers see each other exactly; only the newest `keep`
 * entries are stored, which is all a limit of `keep - 1` needs.
 */
export async function recordInWindow(
  db: Database,
  id: string,
  key: string,
  windowMs: number,
  keep: number,
  now: Date,
): Promise<number> {
  const counters = collection(db, 'rate_limits')
  const since = now.getTime() - windowMs
  const expiresAt = new Date(now.getTime() + windowMs)
  for (let attempt = 0; attempt < WINDOW_ATTEMPTS; attempt++) {
    const doc = (await counters.doc(id).get()).data[0] as WindowDoc | undefined
    const live = (doc?.entries ?? []).filter((e) => new Date(e.at).getTime() > since)
    const others = live.filter((e) => e.k !== key).length
    const entries = live.some((e) => e.k === key) ? live : [...live, { k: key, at: now }]
    const kept = entries
      .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
      .slice(-keep)
    if (!doc) {
      if (
        await addUnlessPresent(db, 'rate_limits', { _id: id, entries: kept, version: 1, expiresAt })
      )
        return others
      continue
    }
    const res = await counters
      .where({ _id: id, version: doc.version })
      .update({ entries: db.command.set(kept), version: doc.version + 1, expiresAt })
    if (res.updated === 1) return others
    await new Promise((r) => setTimeout(r, Math.random() * 5 * (attempt + 1)))
  }
  throw new AppError('CONFLICT', '当前提交的人较多，请稍后再试')
}

// Rate-limit counters: one document per what:who:window, taken with a conditional increment so
// that any number of parallel requests can never take more than the limit.
import { collection, type Database } from '../kernel/database'

/** Takes one unit of the counter `id` if fewer than `limit` are taken; false when none is left. */
export async function takeRateLimit(
  db: Database,
  id: string,
  limit: number,
  expiresAt: Date,
): Promise<boolean> {
  const counters = collection(db, 'rate_limits')
  try {
    await counters.add({ _id: id, n: 0, expiresAt })
  } catch (err) {
    // Someone created it first: the counter exists, which is all we need.
    if ((err as { code?: string }).code !== 'DATABASE_DUPLICATE_WRITE') throw err
  }
  const res = await counters.where({ _id: id, n: db.command.lt(limit) }).update({
    n: db.command.inc(1),
  })
  return res.updated === 1
}

/** Gives back a unit taken by `takeRateLimit` when the work it paid for did not happen. */
export async function releaseRateLimit(db: Database, id: string): Promise<void> {
  await collection(db, 'rate_limits')
    .where({ _id: id, n: db.command.gt(0) })
    .update({ n: db.command.inc(-1) })
}

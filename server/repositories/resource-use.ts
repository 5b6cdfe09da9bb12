// What the wish function needs of resources: the approved ones a wish could use, and one
// use of a resource's monthly capacity taken (and given back) atomically. The resource function
// owns everything else about resources (resources.ts).
import type { WishCategory } from '../../types/wish'
import { collection, type Database } from '../kernel/database'
import { findResource, type ResourceDoc } from './resources'
import { updateIf } from './reads'

/** Uses left this month: a count from an earlier month is spent capacity no longer. */
export function usesLeft(resource: ResourceDoc, month: string): number {
  const used = resource.usedMonth === month ? resource.used : 0
  return Math.max(0, resource.capacityPerMonth - used)
}

/**
 * Approved resources of the category, still valid on `today`, serving `places` (a resource with no
 * areas serves the whole district; otherwise one of its areas must contain or be contained in one
 * of the place's names), with capacity left in `month`. At most 200, newest first.
 */
export async function matchingResources(
  db: Database,
  match: { category: WishCategory; places: string[]; today: string; month: string },
): Promise<ResourceDoc[]> {
  const res = await collection(db, 'resources')
    .where({ status: 'approved', category: match.category })
    .orderBy('createdAt', 'desc')
    .limit(200)
    .get()
  return (res.data as ResourceDoc[]).filter(
    (r) =>
      r.validUntil >= match.today &&
      usesLeft(r, match.month) > 0 &&
      servesPlace(r.areas, match.places),
  )
}

export function servesPlace(areas: string[], places: string[]): boolean {
  if (!areas.length) return true
  return areas.some((a) => places.some((p) => p && (p.includes(a) || a.includes(p))))
}

/**
 * Takes one use of the resource's capacity in `month`: a conditional increment while uses are
 * left, or the first use of a new month (resetting the count). False when none is left.
 */
export async function takeResourceUse(
  db: Database,
  id: string,
  month: string,
  now: Date,
): Promise<boolean> {
  const _ = db.command
  const resource = await findResource(db, id)
  if (!resource || resource.status !== 'approved') return false
  if (resource.usedMonth === month) {
    const res = await collection(db, 'resources')
      .where({
        _id: id,
        status: 'approved',
        usedMonth: month,
        used: _.lt(resource.capacityPerMonth),
      })
      .update({ used: _.inc(1), served: _.inc(1), takenAt: now })
    return res.updated === 1
  }
  // A new month: whoever moves usedMonth on first takes the month's first use.
  if (resource.capacityPerMonth < 1) return false
  const res = await collection(db, 'resources')
    .where({ _id: id, status: 'approved', usedMonth: resource.usedMonth })
    .update({ usedMonth: month, used: 1, served: _.inc(1), takenAt: now })
  if (res.updated === 1) return true
  return takeResourceUse(db, id, month, now)
}

/** Gives back a use taken in `month` (a dispatch that failed, was declined or lapsed). */
export async function giveBackResourceUse(db: Database, id: string, month: string): Promise<void> {
  const _ = db.command
  await collection(db, 'resources')
    .where({ _id: id, usedMonth: month, used: _.gt(0) })
    .update({ used: _.inc(-1), served: _.inc(-1) })
}

/** Approved resources with uses taken in `month` (at most 1000, newest first). */
export async function resourcesInUse(db: Database, month: string): Promise<ResourceDoc[]> {
  const res = await collection(db, 'resources')
    .where({ status: 'approved' })
    .orderBy('createdAt', 'desc')
    .limit(1000)
    .get()
  return (res.data as ResourceDoc[]).filter((r) => r.usedMonth === month && r.used > 0)
}

/**
 * Lowers a resource's `used` (and `served` alike) to `held`, only if nobody took or gave back a use
 * since it was read. False when it had changed.
 */
export async function lowerResourceUse(
  db: Database,
  resource: ResourceDoc,
  held: number,
): Promise<boolean> {
  if (held >= resource.used) return false
  const where: Record<string, unknown> = {
    _id: resource._id,
    usedMonth: resource.usedMonth,
    used: resource.used,
  }
  if (resource.takenAt) where.takenAt = resource.takenAt
  return updateIf(db, 'resources', where, {
    used: held,
    served: db.command.inc(held - resource.used),
  })
}

/** Wishes a resource has served in all. */
export async function countServed(db: Database, id: string): Promise<number> {
  return (await findResource(db, id))?.served ?? 0
}

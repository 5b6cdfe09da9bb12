// What projects need of wishes: a wish joins at most one project (its `projectId`), taken by a
// conditional update so two projects cannot both claim it; and a project's wishes and figures, all
// through the `project` index.
import type { WishStatus } from '../../types/wish'
import { collection, type Database } from '../kernel/database'
import type { WishDoc } from './wishes'
import { byIds, firstInOrder, updateIf } from './reads'
import { NEWEST } from './paged'

/** Wishes that cannot join a project: not yet submitted, or taken back. */
export const UNLINKABLE_WISH_STATUSES: readonly WishStatus[] = ['draft', 'withdrawn']
/** Wishes a project counts as fulfilled: done, and waiting for or given the wisher's word. */
export const FULFILLED_WISH_STATUSES: readonly WishStatus[] = ['fulfilled', 'confirmed']

/** Most wishes one project shows and counts. */
const PROJECT_WISH_LIMIT = 500

/** Wishes by id, in no particular order; unknown ids are left out. */
export const findWishesByIds = byIds<WishDoc>('wishes')

/**
 * Puts a wish in the project, only while it is in no project (or already in this one) and is
 * neither a draft nor withdrawn; false when it was not.
 */
export async function setWishProject(
  db: Database,
  wishId: string,
  projectId: string,
  now: Date,
): Promise<boolean> {
  const _ = db.command
  const res = await collection(db, 'wishes')
    .where({
      _id: wishId,
      projectId: _.in([null, projectId]),
      status: _.nin([...UNLINKABLE_WISH_STATUSES]),
    })
    .update({ projectId, updatedAt: now })
  return res.updated === 1
}

/** Takes a wish out of the project, only if it is in this one; false when it was not. */
export async function unsetWishProject(
  db: Database,
  wishId: string,
  projectId: string,
  now: Date,
): Promise<boolean> {
  return updateIf(db, 'wishes', { _id: wishId, projectId }, { projectId: null, updatedAt: now })
}

/** A project's wishes, newest first; `poolOnly` keeps those on the public wall. */
export async function listProjectWishes(
  db: Database,
  projectId: string,
  options: { poolOnly: boolean },
): Promise<WishDoc[]> {
  const where: Record<string, unknown> = { projectId }
  if (options.poolOnly) where.pool = true
  return firstInOrder<WishDoc>(db, 'wishes', where, NEWEST, PROJECT_WISH_LIMIT)
}

export type ProjectWishCounts = { wishes: number; fulfilled: number; peopleReached: number }

/**
 * A project's wishes (other than withdrawn ones), those fulfilled, and the distinct people they
 * were fulfilled for: a wisher is their id and name together, since the committee enters wishes
 * for several people (代录) under its own id.
 */
export async function countProjectWishes(
  db: Database,
  projectId: string,
): Promise<ProjectWishCounts> {
  const _ = db.command
  const wishes = collection(db, 'wishes')
  const [all, fulfilled] = await Promise.all([
    wishes.where({ projectId, status: _.nin([...UNLINKABLE_WISH_STATUSES]) }).count(),
    wishes
      .where({ projectId, status: _.in([...FULFILLED_WISH_STATUSES]) })
      .field({ wisherId: true, wisherName: true })
      .limit(PROJECT_WISH_LIMIT)
      .get(),
  ])
  const done = fulfilled.data as Pick<WishDoc, 'wisherId' | 'wisherName'>[]
  const people = new Set(done.map((w) => JSON.stringify([w.wisherId, w.wisherName])))
  return { wishes: all.total, fulfilled: done.length, peopleReached: people.size }
}

// 资源清单: what members, merchants and branches offer, approved by the committee.
import type { Paged } from '../../types/common'
import type { ResourceStatus } from '../../types/resource'
import type { WishCategory } from '../../types/wish'
import { collection, escapeRegExp, type Database } from '../kernel/database'
import { pagedQuery, type PageRequest, NEWEST } from './paged'
import type { HolderDoc } from './wishes'
import { addsUnlessPresent, byId, byIds } from './reads'
import type { Stamped } from './stamped'
import { updateWithFollowUp, type FollowUpDoc } from './follow-ups'

export type ResourceDoc = Stamped & {
  _id: string
  /** Who offers it, as a wish's holder: a member, a shop (its merchants), a branch (its secretaries). */
  owner: HolderDoc
  /** `user:<id>`, `shop:<id>` or `org:<id>`, as a wish's holder keys. */
  ownerKey: string
  title: string
  category: WishCategory
  description: string
  /** Areas served; empty serves the whole district. */
  areas: string[]
  capacityPerMonth: number
  conditions: string
  /** YYYY-MM-DD, Asia/Shanghai: the last day it stands. */
  validUntil: string
  status: ResourceStatus
  reviewNote: string | null
  /** Wishes it served this month (`usedMonth`, YYYY-MM); taken by a conditional increment. */
  usedMonth: string
  used: number
  /** Wishes it served in all. */
  served: number
  /** When a use was last taken: the sweep leaves a resource taken this last minute alone. */
  takenAt?: Date | null
}

/** Statuses the owner may withdraw from. */
export const WITHDRAWABLE: readonly ResourceStatus[] = ['pending', 'approved']

export const findResource = byId<ResourceDoc>('resources')

/** Resources by id, in no particular order; unknown ids are left out. */
export const findResources = byIds<ResourceDoc>('resources')

/** Publishes under an id chosen by the caller; false when one with that id exists already. */
export const insertResource = addsUnlessPresent<ResourceDoc>('resources')

/**
 * Moves a resource on only from the given statuses, checked in the transaction that writes it, so
 * a review or a withdrawal happens once even when two people act at the same moment; what must
 * follow it (the owner's message) is written as a follow-up record in the same transaction. False
 * when it had moved on.
 */
export function updateResourceIf(
  db: Database,
  id: string,
  from: readonly ResourceStatus[],
  change: Partial<Pick<ResourceDoc, 'status' | 'reviewNote' | 'updatedAt'>>,
  record: FollowUpDoc | null = null,
): Promise<boolean> {
  const accepts = (found: ResourceDoc) => from.includes(found.status)
  return updateWithFollowUp(db, 'resources', id, accepts, change, {}, record)
}

/** 资源清单: approved and still standing on `today`, by category and title words, newest first. */
export function listOpenResources(
  db: Database,
  filter: { today: string; category?: WishCategory; keyword?: string },
  page: PageRequest,
): Promise<Paged<ResourceDoc>> {
  const where: Record<string, unknown> = {
    status: 'approved',
    validUntil: db.command.gte(filter.today),
  }
  if (filter.category) where.category = filter.category
  if (filter.keyword)
    where.title = db.RegExp({ regexp: escapeRegExp(filter.keyword), options: 'i' })
  return pagedQuery(collection(db, 'resources').where(where), NEWEST, page)
}

/** What the caller offers under any of their holder keys (themselves, their shops, their branches). */
export function listResourcesOf(
  db: Database,
  ownerKeys: string[],
  page: PageRequest,
): Promise<Paged<ResourceDoc>> {
  return pagedQuery(
    collection(db, 'resources').where({ ownerKey: db.command.in(ownerKeys) }),
    NEWEST,
    page,
  )
}

/** The committee's list: one status, or all, newest first. */
export function listResourceQueue(
  db: Database,
  status: ResourceStatus | undefined,
  page: PageRequest,
): Promise<Paged<ResourceDoc>> {
  return pagedQuery(collection(db, 'resources').where(status ? { status } : {}), NEWEST, page)
}

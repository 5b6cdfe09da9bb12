// 资源清单: what members, merchants and branches offer, approved by the committee.
import type { ResourceStatus } from '../../types/resource'
import type { WishCategory } from '../../types/wish'
import type { HolderDoc } from './wishes'

export type ResourceDoc = {
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
  createdAt: Date
  updatedAt: Date
}

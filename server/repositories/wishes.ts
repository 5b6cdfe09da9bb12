// 微心愿 (the needs list). Nobody deletes a submitted wish; every change appends to its timeline.
import type { HolderKind, WishCategory, WishStatus } from '../../types/wish'

/** Who holds (or is dispatched) a wish, and who may act for it. */
export type HolderDoc = {
  kind: HolderKind
  /** The person who claimed or accepted; for a shop or a branch, any of its merchants or secretaries may act. */
  userId: string
  /** A member's real name (shown masked), a shop's or a branch's name. */
  name: string
  shopId?: string
  orgId?: string
}

export type WishPlaceDoc =
  | { kind: 'area'; area: string }
  | { kind: 'shop'; shopId: string; shopName: string }

export type WishTimelineDoc = {
  at: Date
  actor: 'wisher' | 'holder' | 'assignee' | 'committee' | 'secretary' | 'system'
  action: string
  note: string
  /** The staff member or holder who acted; only the committee sees it. */
  byName?: string
  /** Notes only the committee may read. */
  internal?: boolean
}

export type WishDoc = {
  _id: string
  /** The signed-in wisher; for 代录, the committee member who entered it (onBehalf names the wisher). */
  wisherId: string
  /** Shown masked (王*): the wisher's nickname, or the name given for 代录. */
  wisherName: string
  onBehalf: { name: string; source: string } | null
  title: string
  description: string
  /** null only in a draft. */
  category: WishCategory | null
  photos: string[]
  /** YYYY-MM-DD, Asia/Shanghai. */
  wantedBy: string | null
  place: WishPlaceDoc | null
  /** The branch covering the place (a shop's branch), whose secretary may review. */
  branchId: string | null
  /** Encrypted like members' phones. */
  contactCipher: string | null
  status: WishStatus
  /** True while on the public wall: open, dispatched, claimed, fulfilled, confirmed. */
  pool: boolean
  reviewNote: string | null
  /** The holder of a claimed wish, or the assignee of a dispatched one. */
  holder: HolderDoc | null
  /** `user:<id>`, `shop:<id>`, `org:<id>` of the holder or assignee: who may act on it. */
  holderKeys: string[]
  /** Fulfil by (claimed), from the claim or the dispatch. */
  deadline: Date | null
  /** Accept by (dispatched). */
  respondBy: Date | null
  resourceId: string | null
  projectId: string | null
  fulfilment: { note: string; photos: string[]; at: Date } | null
  confirmation: { rating: number | null; thanks: string; at: Date; auto: boolean } | null
  /** Flagged for the committee when a dispatch went unanswered or a claim passed its deadline. */
  overdue: boolean
  /** Set once when the deadline is a day away; cleared by a new claim or dispatch. */
  dueSoonNotified: boolean
  /** Claims given back or lapsed, per holder key: counted against the holder's record. */
  releases: { holderKey: string; name: string; kind: HolderKind; at: Date; reason: string }[]
  timeline: WishTimelineDoc[]
  submittedAt: Date | null
  approvedAt: Date | null
  claimedAt: Date | null
  fulfilledAt: Date | null
  confirmedAt: Date | null
  createdAt: Date
  updatedAt: Date
}

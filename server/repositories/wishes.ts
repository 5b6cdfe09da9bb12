// 微心愿 (the needs list). Nobody deletes a submitted wish; every change appends to its timeline.
import {
  WISH_STATUSES,
  type HolderKind,
  type WishCategory,
  type WishStatus,
} from '../../types/wish'
import { collection, escapeRegExp, type Database } from '../kernel/database'
import { pagedQuery, type PageRequest, NEWEST } from './paged'
import { insertsWithFollowUp } from './follow-ups'
import { dueSoonMarker } from './reminder-marks'
import { adds, byId, readAll as readAllOf } from './reads'
import type { Stamped } from './stamped'

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
  { kind: 'area'; area: string } | { kind: 'shop'; shopId: string; shopName: string }

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

export type WishDoc = Stamped & {
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
  /** The resource a dispatch used, and the month (YYYY-MM) its use was taken in; cleared when the
   * dispatch is declined or lapses. The sweep counts these to heal a resource's `used`. */
  resourceId: string | null
  resourceMonth?: string | null
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
  /**
   * YYYY-MM (Asia/Shanghai) of each step, so a month's figures are equality counts an index serves
   * (a date range on its own is not). Optional so documents written without them stay valid.
   */
  submittedMonth?: string | null
  approvedMonth?: string | null
  claimedMonth?: string | null
  fulfilledMonth?: string | null
}

/** A wish nobody holds: what it is on the wall, and what a release or a declined dispatch writes. */
export function noHolder(): Pick<WishDoc, 'holder' | 'holderKeys' | 'deadline' | 'respondBy'> {
  return { holder: null, holderKeys: [], deadline: null, respondBy: null }
}

/** A wish no resource is given to. */
export function noResource(): Pick<WishDoc, 'resourceId' | 'resourceMonth'> {
  return { resourceId: null, resourceMonth: null }
}

/** The fields of a wish nobody has decided anything about yet (drafts and new submissions). */
export function blankWish(
  now: Date,
): Omit<
  WishDoc,
  | '_id'
  | 'wisherId'
  | 'wisherName'
  | 'onBehalf'
  | 'title'
  | 'description'
  | 'category'
  | 'photos'
  | 'wantedBy'
  | 'place'
  | 'branchId'
  | 'contactCipher'
  | 'status'
  | 'timeline'
> {
  return {
    pool: false,
    reviewNote: null,
    ...noHolder(),
    ...noResource(),
    projectId: null,
    fulfilment: null,
    confirmation: null,
    overdue: false,
    dueSoonNotified: false,
    releases: [],
    submittedAt: null,
    approvedAt: null,
    claimedAt: null,
    fulfilledAt: null,
    confirmedAt: null,
    submittedMonth: null,
    approvedMonth: null,
    claimedMonth: null,
    fulfilledMonth: null,
    createdAt: now,
    updatedAt: now,
  }
}

// ---- queries and updates ---------------------------------------------------------------------

/** Wishes on the public wall. */
export const POOL_STATUSES: readonly WishStatus[] = [
  'open',
  'dispatched',
  'claimed',
  'fulfilled',
  'confirmed',
]

export const findWish = byId<WishDoc>('wishes')

/** Writes a wish under an id chosen by the caller (the slot names it before it exists). */
export const insertWish = adds<WishDoc>('wishes')

/** Writes a new wish with the follow-up record of its notices; false when the id is taken. */
export const insertWishWithFollowUp = insertsWithFollowUp<WishDoc>('wishes')

export type WishChange = Partial<Omit<WishDoc, '_id' | 'timeline' | 'releases'>>

/**
 * Moves a wish on, only from the given statuses (and any further `guard`), appending to its
 * timeline (and releases) in the same update: a step happens once, however many try at once.
 */
export async function advanceWish(
  db: Database,
  id: string,
  from: readonly WishStatus[],
  change: WishChange,
  entries: WishTimelineDoc[],
  options: { guard?: Record<string, unknown>; release?: WishDoc['releases'][number] } = {},
): Promise<boolean> {
  const _ = db.command
  const res = await collection(db, 'wishes')
    .where({ ...options.guard, _id: id, status: _.in([...from]) })
    .update({
      ...change,
      timeline: _.push(entries),
      ...(options.release ? { releases: _.push([options.release]) } : {}),
    })
  return res.updated === 1
}

/** Appends to the timeline while the wish stays in one of `from`. */
export async function noteOnWish(
  db: Database,
  id: string,
  from: readonly WishStatus[],
  entry: WishTimelineDoc,
  guard: Record<string, unknown> = {},
): Promise<boolean> {
  return advanceWish(db, id, from, { updatedAt: entry.at }, [entry], { guard })
}

function pageOfWishes(db: Database, where: Record<string, unknown>, page: PageRequest) {
  return pagedQuery<WishDoc>(collection(db, 'wishes').where(where), NEWEST, page)
}

/** The wall: pool wishes, newest first, by category, status and a title keyword. */
export function listPool(
  db: Database,
  filter: { category?: WishCategory; status?: WishStatus; keyword?: string },
  page: PageRequest,
) {
  const where: Record<string, unknown> = filter.status ? { status: filter.status } : { pool: true }
  if (filter.category) where.category = filter.category
  if (filter.keyword)
    where.title = db.RegExp({ regexp: escapeRegExp(filter.keyword), options: 'i' })
  return pageOfWishes(db, where, page)
}

export function listWishesBy(db: Database, wisherId: string, page: PageRequest) {
  return pageOfWishes(db, { wisherId }, page)
}

export function listWishesHeld(db: Database, keys: string[], page: PageRequest) {
  return pageOfWishes(db, { holderKeys: db.command.in(keys) }, page)
}

export type QueueView = 'pending' | 'open' | 'dispatched' | 'claimed' | 'overdue' | 'all'

/** The committee's queue (branches null) or a secretary's (their branches only). */
export function listWishQueue(
  db: Database,
  filter: { view: QueueView; category?: WishCategory; branches: string[] | null },
  page: PageRequest,
) {
  const where: Record<string, unknown> = {}
  if (filter.branches) where.branchId = db.command.in(filter.branches)
  if (filter.view === 'overdue') where.overdue = true
  // Drafts are their writer's alone, whoever would review them once submitted.
  else where.status = filter.view === 'all' ? db.command.in([...ALL_BUT_DRAFT]) : filter.view
  if (filter.category) where.category = filter.category
  return pageOfWishes(db, where, page)
}
const ALL_BUT_DRAFT = (Object.keys(WISH_STATUSES) as WishStatus[]).filter((s) => s !== 'draft')

/** How many wishes were stamped with `month` (YYYY-MM) for the step: counted from the index. */
export async function countInMonth(db: Database, step: MonthStep, month: string): Promise<number> {
  const res = await collection(db, 'wishes')
    .where({ [MONTH_FIELDS[step]]: month })
    .count()
  return res.total
}

/** Wishes holding a use of the resource taken in `month`. */
export async function countWishesHolding(
  db: Database,
  resourceId: string,
  month: string,
): Promise<number> {
  const res = await collection(db, 'wishes').where({ resourceId, resourceMonth: month }).count()
  return res.total
}

export type MonthStep = 'submitted' | 'approved' | 'claimed' | 'fulfilled'
export const MONTH_FIELDS = {
  submitted: 'submittedMonth',
  approved: 'approvedMonth',
  claimed: 'claimedMonth',
  fulfilled: 'fulfilledMonth',
} as const satisfies Record<MonthStep, keyof WishDoc>

/** Every wish stamped with `month` for the step (a month holds a few thousand at most). */
export async function wishesInMonth(
  db: Database,
  step: MonthStep,
  month: string,
): Promise<WishDoc[]> {
  return readAll(db, { [MONTH_FIELDS[step]]: month })
}

/** Every wish submitted in one of `months`, for the period's ledger. */
export function wishesSubmittedIn(db: Database, months: string[]): Promise<WishDoc[]> {
  return readAll(db, { submittedMonth: db.command.in(months) })
}

export async function countOverdueWishes(db: Database): Promise<number> {
  return (await collection(db, 'wishes').where({ overdue: true }).count()).total
}

/**
 * 认领榜: confirmed wishes counted per holder (of one kind, or all), most first, the first `limit`;
 * the database groups them rather than every confirmed wish being read.
 */
export async function fulfilledByHolder(
  db: Database,
  kind: HolderKind | undefined,
  limit: number,
): Promise<{ holder: HolderDoc; fulfilled: number }[]> {
  const _ = db.command
  const res = await collection(db, 'wishes')
    .aggregate()
    .match({ status: 'confirmed', 'holder.kind': kind ?? _.in(['member', 'merchant', 'branch']) })
    .group({ _id: '$holderKeys', holder: _.aggregate.first('$holder'), n: _.aggregate.sum(1) })
    .sort({ n: -1, _id: 1 })
    .limit(limit)
    .end()
  return (res.data as { holder: HolderDoc; n: number }[]).map((r) => ({
    holder: r.holder,
    fulfilled: r.n,
  }))
}

/** Every wish, for the ledger. */
export async function allWishes(db: Database): Promise<WishDoc[]> {
  return readAll(db, { status: db.command.in([...ALL_BUT_DRAFT]) })
}

function readAll(db: Database, where: Record<string, unknown>, fields?: Record<string, boolean>) {
  const order = { field: 'createdAt', direction: 'desc' } as const
  return readAllOf<WishDoc>(db, 'wishes', where, {
    order,
    fields: fields && { ...fields, createdAt: true },
  })
}

/** The sweep's work lists, earliest first, at most `limit` each. */
export async function dispatchesUnanswered(db: Database, now: Date, limit: number) {
  return byField(db, { status: 'dispatched', respondBy: db.command.lt(now) }, 'respondBy', limit)
}

export async function claimsPastDeadline(db: Database, now: Date, limit: number) {
  return byField(db, { status: 'claimed', deadline: db.command.lt(now) }, 'deadline', limit)
}

export async function claimsDueBy(db: Database, now: Date, until: Date, limit: number) {
  const _ = db.command
  return byField(
    db,
    { status: 'claimed', deadline: _.and(_.gte(now), _.lte(until)), dueSoonNotified: false },
    'deadline',
    limit,
  )
}

export async function fulfilledBefore(db: Database, before: Date, limit: number) {
  return byField(
    db,
    { status: 'fulfilled', fulfilledAt: db.command.lt(before) },
    'fulfilledAt',
    limit,
  )
}

async function byField(db: Database, where: object, field: string, limit: number) {
  const res = await collection(db, 'wishes').where(where).orderBy(field, 'asc').limit(limit).get()
  return res.data as WishDoc[]
}

/** Takes a claimed wish's due-soon reminder with its message's follow-up record. */
export const markWishDueSoon = dueSoonMarker('wishes', 'claimed')

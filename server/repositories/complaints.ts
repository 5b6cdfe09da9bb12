// Complaints (投诉监督). Nobody deletes a complaint; every change appends to its timeline.
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  type ComplaintCategory,
  type ComplaintStatus,
  type HandlerKind,
} from '../../types/complaint'
import type { Severity, UpheldComplaint } from '../../types/integrity'
import type { PublicComplaint } from '../../types/shop'
import type { Paged, TimeOrder } from '../../types/common'
import { collection, type Database } from '../kernel/database'
import { pagedQuery, type Order, type PageRequest, NEWEST, OLDEST } from './paged'
import { insertsWithFollowUp } from './follow-ups'
import { dueSoonMarker } from './reminder-marks'
import { adds, byId, firstInOrder, readAll } from './reads'
import type { Stamped } from './stamped'

export type TimelineDoc = {
  at: Date
  /** The acting role: complainant, merchant, committee, system. */
  actor: 'complainant' | 'merchant' | 'committee' | 'system'
  action: string
  note: string
  /** Notes only the committee may read (e.g. who filed an anonymous complaint). */
  internal?: boolean
  /** The committee member or merchant who acted; only the committee sees it. */
  byName?: string
}

export type ComplaintDoc = Stamped & {
  _id: string
  shopId: string
  shopName: string
  complainantId: string
  /** The complainant's nickname when filed; only the committee sees it unmasked. */
  complainantName?: string
  anonymous: boolean
  category: ComplaintCategory
  description: string
  photos: string[]
  /** Contact phone, encrypted like members' phones; only the committee sees it in full. */
  contactCipher: string | null
  status: ComplaintStatus
  severity: Severity | null
  handler: { kind: HandlerKind; name: string } | null
  deadline: Date | null
  merchantReply: { text: string; at: Date } | null
  result: string | null
  rectification: string | null
  /** Set when handled: whether the complaint was founded. */
  upheld: boolean | null
  upheldAt: Date | null
  rectificationVerified: boolean
  confirmation: { satisfied: boolean; rating: number; comment: string; at: Date } | null
  handledAt?: Date | null
  closedAt?: Date | null
  /** Set once by the sweep when the deadline passed unhandled; cleared by a re-assignment. */
  overdueNotified?: boolean
  /** Set once by the reminder when the deadline is a day away; cleared by a re-assignment. */
  dueSoonNotified?: boolean
  timeline: TimelineDoc[]
}

/** A complaint just filed: nothing decided, handled or confirmed yet. */
export const NOT_YET_DECIDED = {
  status: 'submitted',
  severity: null,
  handler: null,
  deadline: null,
  merchantReply: null,
  result: null,
  rectification: null,
  upheld: null,
  upheldAt: null,
  rectificationVerified: false,
  confirmation: null,
  handledAt: null,
  closedAt: null,
  overdueNotified: false,
  dueSoonNotified: false,
} as const satisfies Partial<ComplaintDoc>

/** Upheld complaints of a shop, for the integrity rule. */
export async function upheldComplaints(db: Database, shopId: string): Promise<UpheldComplaint[]> {
  const _ = db.command
  const res = await collection(db, 'complaints')
    .where({ shopId, upheld: true, status: _.in(['handled', 'closed']) })
    .field({ severity: true, upheldAt: true, rectificationVerified: true })
    .limit(1000)
    .get()
  return (res.data as ComplaintDoc[]).map((c) => ({
    severity: c.severity ?? 'minor',
    upheldAt: new Date(c.upheldAt ?? c.updatedAt),
    rectificationVerified: c.rectificationVerified,
  }))
}

/** Accepted or assigned complaints of a shop past their deadline. */
export async function countOverdue(db: Database, shopId: string, now: Date): Promise<number> {
  const _ = db.command
  const res = await collection(db, 'complaints')
    .where({ shopId, status: _.in(['accepted', 'assigned']), deadline: _.lt(now) })
    .count()
  return res.total
}

export const findComplaint = byId<ComplaintDoc>('complaints')

/** Writes a complaint as it stands (the demo seed). */
export const insertComplaint = adds<ComplaintDoc>('complaints')

/**
 * Files a complaint under an id chosen by the caller (the lock names it before it exists), with
 * the follow-up record of its notices; false when a complaint has that id.
 */
export const insertComplaintWithFollowUp = insertsWithFollowUp<ComplaintDoc>('complaints')

type Page = PageRequest

function pageOfComplaints(
  db: Database,
  where: Record<string, unknown>,
  order: Order,
  page: Page,
): Promise<Paged<ComplaintDoc>> {
  return pagedQuery(collection(db, 'complaints').where(where), order, page)
}

/** Complaints filed from `from` up to `to`, in the order filed (the ledger). */
export function complaintsFiledIn(db: Database, range: { from: Date; to: Date }) {
  const _ = db.command
  return readAll<ComplaintDoc>(
    db,
    'complaints',
    { createdAt: _.gte(range.from).and(_.lt(range.to)) },
    { order: OLDEST },
  )
}

export function listComplaintsBy(db: Database, complainantId: string, page: Page) {
  return pageOfComplaints(db, { complainantId }, NEWEST, page)
}

/** A shop's complaints, newest first: all, or those in one state (index shop_status_created). */
export function listComplaintsOfShop(
  db: Database,
  shopId: string,
  status: ComplaintStatus | undefined,
  page: Page,
) {
  return pageOfComplaints(db, status ? { shopId, status } : { shopId }, NEWEST, page)
}

/**
 * The committee's queue: all or one status, newest or oldest first; or only those past their
 * deadline, the longest overdue first.
 */
export function listComplaintQueue(
  db: Database,
  filter: { status?: ComplaintStatus; overdueOnly: boolean; order: TimeOrder; now: Date },
  page: Page,
) {
  const _ = db.command
  if (filter.overdueOnly) {
    const open = (['accepted', 'assigned'] as const).filter(
      (s) => !filter.status || s === filter.status,
    )
    return pageOfComplaints(
      db,
      { status: _.in(open), deadline: _.lt(filter.now) },
      { field: 'deadline', direction: 'asc' },
      page,
    )
  }
  const order = filter.order === 'oldest' ? { ...NEWEST, direction: 'asc' as const } : NEWEST
  return pageOfComplaints(db, filter.status ? { status: filter.status } : {}, order, page)
}

/** Handled complaints nobody confirmed since `before`: due to close by themselves. */
export async function handledBefore(db: Database, before: Date, limit: number) {
  return firstInOrder<ComplaintDoc>(
    db,
    'complaints',
    { status: 'handled', handledAt: db.command.lt(before) },
    NEWEST,
    limit,
  )
}

/** Open complaints past their deadline that the committee has not yet been told about. */
export function newlyOverdue(db: Database, now: Date, limit: number) {
  const _ = db.command
  return byDeadline(
    db,
    { status: _.in(['accepted', 'assigned']), deadline: _.lt(now), overdueNotified: _.neq(true) },
    limit,
  )
}

const EARLIEST_DEADLINE: Order = { field: 'deadline', direction: 'asc' }

/** Complaints matching `where`, the earliest deadline first. */
async function byDeadline(db: Database, where: object, limit: number): Promise<ComplaintDoc[]> {
  return firstInOrder<ComplaintDoc>(db, 'complaints', where, EARLIEST_DEADLINE, limit)
}

/** Assigned complaints due within the window and not yet reminded of. */
export function dueBetween(db: Database, from: Date, until: Date, limit: number) {
  const _ = db.command
  return byDeadline(
    db,
    { status: 'assigned', deadline: _.and(_.gt(from), _.lte(until)), dueSoonNotified: _.neq(true) },
    limit,
  )
}

/** Takes a complaint's due-soon reminder with its message's follow-up record. */
export const markDueSoon = dueSoonMarker('complaints', 'assigned')

/** A shop's latest handled complaints as the public sees them: never who complained. */
export async function recentPublicComplaints(
  db: Database,
  shopId: string,
  limit: number,
): Promise<PublicComplaint[]> {
  const res = await collection(db, 'complaints')
    .where({ shopId, status: db.command.in(['handled', 'closed']) })
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .field({ category: true, status: true, createdAt: true, merchantReply: true, result: true })
    .get()
  return (res.data as ComplaintDoc[]).map((c) => ({
    category: COMPLAINT_CATEGORIES[c.category],
    status: COMPLAINT_STATUSES[c.status],
    createdAt: new Date(c.createdAt).toISOString(),
    merchantReply: c.merchantReply
      ? { text: c.merchantReply.text, at: new Date(c.merchantReply.at).toISOString() }
      : null,
    result: c.result,
  }))
}

/** Complaints of a shop not yet closed or rejected: what its merchant still has to deal with. */
export async function countOpenComplaints(db: Database, shopId: string): Promise<number> {
  const _ = db.command
  const res = await collection(db, 'complaints')
    .where({ shopId, status: _.in(['submitted', 'accepted', 'assigned', 'handled']) })
    .count()
  return res.total
}

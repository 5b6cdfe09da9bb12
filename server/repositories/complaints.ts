// Complaints (投诉监督). Nobody deletes a complaint; every change appends to its timeline.
import type { ComplaintCategory, ComplaintStatus, HandlerKind } from '../../types/complaint'
import type { Severity, UpheldComplaint } from '../../types/integrity'
import { collection, type Database } from '../kernel/database'

export type TimelineDoc = {
  at: Date
  /** The acting role: complainant, merchant, committee, system. */
  actor: 'complainant' | 'merchant' | 'committee' | 'system'
  action: string
  note: string
  /** Notes only the committee may read (e.g. who filed an anonymous complaint). */
  internal?: boolean
}

export type ComplaintDoc = {
  _id: string
  shopId: string
  shopName: string
  complainantId: string
  anonymous: boolean
  category: ComplaintCategory
  description: string
  photos: string[]
  /** Contact phone as given; only the committee sees it in full. */
  contact: string | null
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
  timeline: TimelineDoc[]
  createdAt: Date
  updatedAt: Date
}

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

// 操作日志: one document per decision, written once and never changed by anyone — this module offers
// no update or delete, and the collection's security rule denies every client. The one rewrite is
// the law's: a member's 注销 takes their name and the reasons written about them out of the log.
import type { AuditKind } from '../../types/audit'
import type { Paged, TimeOrder } from '../../types/common'
import { addUnlessPresent, collection, type Database } from '../kernel/database'
import { pagedQuery, type PageRequest } from './paged'

export type AuditDoc = {
  /** Derived from the request's idempotency key where it has one, so a retry writes no second. */
  _id: string
  at: Date
  by: { userId: string; name: string; roles: string[] }
  kind: AuditKind
  /** `member.approve`: the action, for the reader who wants the exact call. */
  action: string
  what: string
  subject: { type: string; id: string | null; label: string }
  reason: string | null
}

export async function recordAuditEntry(db: Database, doc: AuditDoc): Promise<void> {
  await addUnlessPresent(db, 'audit_log', doc)
}

/** On 注销: entries about the member keep the decision but lose the masked name and the reasons. */
export async function redactMemberInAuditLog(db: Database, userId: string): Promise<void> {
  await collection(db, 'audit_log')
    .where({ 'subject.id': userId, 'subject.type': 'member' })
    .update({ 'subject.label': '已注销的党员', reason: null })
}

export type AuditQuery = { by?: string; kind?: AuditKind; from?: Date; to?: Date }

function where(db: Database, q: AuditQuery) {
  const _ = db.command
  const at =
    q.from && q.to ? _.gte(q.from).and(_.lt(q.to)) : q.from ? _.gte(q.from) : q.to && _.lt(q.to)
  return {
    ...(q.by ? { 'by.userId': q.by } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    ...(at ? { at } : {}),
  }
}

/** Newest first (or oldest), filtered by person, kind and period. */
export function listAudit(
  db: Database,
  q: AuditQuery,
  page: PageRequest & { order?: TimeOrder },
): Promise<Paged<AuditDoc>> {
  const direction = page.order === 'oldest' ? 'asc' : 'desc'
  return pagedQuery<AuditDoc>(
    collection(db, 'audit_log').where(where(db, q)),
    { field: 'at', direction },
    page,
  )
}

const READ_PAGE = 1000

/** Every entry the filter admits, newest first, up to `limit` (the export). */
export async function allAudit(db: Database, q: AuditQuery, limit: number): Promise<AuditDoc[]> {
  const out: AuditDoc[] = []
  for (let skip = 0; out.length < limit; skip += READ_PAGE) {
    const res = await collection(db, 'audit_log')
      .where(where(db, q))
      .orderBy('at', 'desc')
      .skip(skip)
      .limit(Math.min(READ_PAGE, limit - out.length))
      .get()
    out.push(...(res.data as AuditDoc[]))
    if (res.data.length < READ_PAGE) break
  }
  return out
}

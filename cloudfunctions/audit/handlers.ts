import type { z } from 'zod'
import { AUDIT_KINDS, AUDIT_SUBJECTS, type AuditEntry, type AuditFilter } from '../../types/audit'
import {
  formatShanghai,
  nextMonth,
  shanghaiDay,
  startOfShanghaiMonth,
} from '../../types/shanghai-time'
import { ROLE_LABELS, type Role } from '../../types/roles'
import type { HandlerOf } from '../../server/kernel/router'
import {
  allAudit,
  listAudit,
  type AuditDoc,
  type AuditQuery,
} from '../../server/repositories/audit-log'
import { mapPage } from '../../server/repositories/paged'
import { writeSheet } from '../../server/services/spreadsheet'
import { handOutFile } from '../../server/domain/downloads'

/** The most rows one export holds: a district's several years of decisions. */
const EXPORT_LIMIT = 50_000

function queryOf(filter: z.output<typeof AuditFilter>): AuditQuery {
  return {
    by: filter.by,
    kind: filter.kind,
    from: filter.from ? startOfShanghaiMonth(filter.from) : undefined,
    to: filter.to ? startOfShanghaiMonth(nextMonth(filter.to)) : undefined,
  }
}

function entryOf(doc: AuditDoc): AuditEntry {
  return {
    entryId: doc._id,
    at: doc.at.toISOString(),
    by: doc.by,
    kind: doc.kind,
    what: doc.what,
    subject: doc.subject,
    reason: doc.reason,
  }
}

export const list: HandlerOf<'audit', 'list'> = async (ctx, input) =>
  mapPage(await listAudit(ctx.db, queryOf(input), input), entryOf)

const COLUMNS = {
  at: '时间',
  by: '操作人',
  roles: '身份',
  kind: '类型',
  what: '操作',
  subjectType: '对象类型',
  subject: '对象',
  reason: '原因',
} as const

export const exportLog: HandlerOf<'audit', 'export'> = async (ctx, filter) => {
  const docs = await allAudit(ctx.db, queryOf(filter), EXPORT_LIMIT)
  const rows = docs.map((d) => ({
    at: formatShanghai(d.at),
    by: d.by.name,
    roles: d.by.roles.map((r) => ROLE_LABELS[r as Role] ?? r).join('、'),
    kind: AUDIT_KINDS[d.kind],
    what: d.what,
    subjectType: AUDIT_SUBJECTS[d.subject.type as keyof typeof AUDIT_SUBJECTS] ?? d.subject.type,
    subject: d.subject.label,
    reason: d.reason ?? '',
  }))
  const content = await writeSheet('操作日志', COLUMNS, rows)
  return handOutFile(ctx, `操作日志-${shanghaiDay(ctx.now())}.xlsx`, content)
}

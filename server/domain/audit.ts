// Writes the audit log entry of a decision that has just succeeded: who (the caller), when, what
// (the action's summary and kind), on what (the subject, named as the console names it), why (the
// reason given). Called by the router for the actions in types/audited-actions.ts.
import crypto from 'node:crypto'
import { AUDIT_SUBJECT_FIELDS, type AuditSpec, type AuditSubject } from '../../types/audit'
import { maskName } from '../../types/masking'
import type { Ctx } from '../kernel/context'
import { recordAuditEntry } from '../repositories/audit-log'
import { findActivity } from '../repositories/activities'
import { findComplaint } from '../repositories/complaints'
import { findMember } from '../repositories/members'
import { findOrg } from '../repositories/orgs'
import { findProject } from '../repositories/projects'
import { findRating } from '../repositories/ratings'
import { findResource } from '../repositories/resources'
import { findServiceRecord } from '../repositories/service-records'
import { findShop } from '../repositories/shops'
import { findWish } from '../repositories/wishes'
import { findUserById } from '../repositories/users'
import { findVolunteer } from '../repositories/volunteers'
import { ATTENDANCE_MARKS, type AttendanceMark } from '../../types/activity'
import { handlerLabel, type HandlerKind } from '../../types/complaint'
import { SEVERITY_LABELS, type Severity } from '../../types/integrity'
import { formatShanghai } from '../../types/shanghai-time'

type Loose = Record<string, unknown>

/** How the console names each kind of subject; a member's name is masked, as everywhere. */
const LABELS: Record<
  Exclude<AuditSubject, 'district'>,
  (ctx: Ctx, id: string) => Promise<string | undefined>
> = {
  shop: async (ctx, id) => (await findShop(ctx.db, id))?.name,
  member: async (ctx, id) => {
    const name = (await findMember(ctx.db, id))?.realName
    return name ? maskName(name) : undefined
  },
  org: async (ctx, id) => (await findOrg(ctx.db, id))?.name,
  complaint: async (ctx, id) => {
    const c = await findComplaint(ctx.db, id)
    return c ? `${c.shopName}的投诉` : undefined
  },
  rating: async (ctx, id) => {
    const r = await findRating(ctx.db, id)
    const shop = r ? await findShop(ctx.db, r.shopId) : null
    return shop ? `${shop.name}的评价` : undefined
  },
  wish: async (ctx, id) => (await findWish(ctx.db, id))?.title,
  resource: async (ctx, id) => (await findResource(ctx.db, id))?.title,
  project: async (ctx, id) => (await findProject(ctx.db, id))?.name,
  activity: async (ctx, id) => (await findActivity(ctx.db, id))?.title,
  user: async (ctx, id) => (await findUserById(ctx.db, id))?.nickname,
  record: async (ctx, id) => {
    const r = await findServiceRecord(ctx.db, id)
    return r ? `${r.activityTitle} · ${maskName(r.volunteerName)}` : undefined
  },
}

/**
 * What was done, in words that say what was decided where the action's summary alone does not
 * (which grade, to whom and by when, whose attendance and which mark, appointed or relieved).
 */
const WHAT_WAS_DECIDED: Record<string, (ctx: Ctx, input: Loose) => Promise<string>> = {
  'complaint.accept': async (_, input) =>
    `受理投诉并定级：${SEVERITY_LABELS[input.severity as Severity]}`,
  'complaint.assign': async (_, input) =>
    `交办：${handlerLabel(input.handler as { kind: HandlerKind; name: string })}，期限 ${formatShanghai(input.deadline as string)}`,
  'activity.attendance': async (ctx, input) => {
    const name = (await findVolunteer(ctx.db, input.userId as string))?.realName
    const times = [input.checkInAt, input.checkOutAt]
      .map((t) => (t ? formatShanghai(t as string, 'HH:mm') : ''))
      .filter(Boolean)
      .join('–')
    const mark = ATTENDANCE_MARKS[input.mark as AttendanceMark]
    return `手工登记出勤：${name ? maskName(name) : '志愿者'}，${mark}${times ? ` ${times}` : ''}`
  },
  'user.setAdmin': async (_, input) =>
    input.admin ? '任命为商圈党委管理员' : '免去商圈党委管理员',
}

/** The reason the decider gave, under whichever name the action's input calls it. */
function reasonOf(input: Loose): string | null {
  for (const key of ['reason', 'note', 'decisionNote'] as const) {
    const value = input[key]
    if (typeof value === 'string' && value.trim()) return value.trim()
  }
  return null
}

/** One id per request retried with the same key; a fresh one otherwise. */
function entryId(action: string, userId: string, idempotencyKey: string | undefined): string {
  if (!idempotencyKey) return crypto.randomUUID().replace(/-/g, '')
  return crypto
    .createHash('sha256')
    .update(`audit\u0000${action}\u0000${userId}\u0000${idempotencyKey}`)
    .digest('hex')
    .slice(0, 40)
}

export async function recordDecision(
  ctx: Ctx,
  call: { action: string; summary: string; spec: AuditSpec; idempotencyKey?: string },
  input: Loose,
  output: unknown,
): Promise<void> {
  const user = ctx.caller.user
  // A timer acting on its own (the sweep) is not a person's decision.
  if (!user) return
  const { spec } = call
  const kind = typeof spec.kind === 'function' ? spec.kind(input) : spec.kind
  let subject: { type: string; id: string | null; label: string } = {
    type: spec.subject,
    id: null,
    label: '全商圈',
  }
  if (spec.subject !== 'district') {
    const field = AUDIT_SUBJECT_FIELDS[spec.subject]
    const id = input[field] ?? (output as Loose | null)?.[field]
    if (typeof id === 'string')
      subject = { type: spec.subject, id, label: (await LABELS[spec.subject](ctx, id)) ?? id }
  }
  await recordAuditEntry(ctx.db, {
    _id: entryId(call.action, user._id, call.idempotencyKey),
    at: ctx.now(),
    by: {
      userId: user._id,
      name: user.nickname,
      roles: ctx.caller.roles.filter((r) => r !== 'public'),
    },
    kind,
    action: call.action,
    what: (await WHAT_WAS_DECIDED[call.action]?.(ctx, input)) ?? call.summary,
    subject,
    reason: reasonOf(input),
  })
}

// Corrections of a service record: the volunteer asks (one pending at a time) with the hours they
// believe are right and why; a leader of the activity, its manager or the committee decides. An
// approval moves the record's hours and the volunteer's totals by the difference together.
import type { HandlerOf } from '../../../server/kernel/router'
import type { Ctx } from '../../../server/kernel/context'
import { callerUser } from '../../../server/kernel/context'
import { conflict, fieldError, forbidden, notFound } from '../../../server/kernel/app-error'
import { isAdmin, leadsBranch } from '../../../server/domain/staff'
import { carryOut, followUpRecord, type FollowUpRecord } from '../../../server/domain/follow-ups'
import { committeeIds } from '../../../server/domain/recipients'
import { checkTexts } from '../../../server/domain/text-check'
import { findVolunteer } from '../../../server/repositories/volunteers'
import {
  correctionDecidedNotice,
  correctionRequestedNotice,
} from '../../../server/domain/record-notices'
import { recordView } from '../../../server/domain/record-view'
import { newServiceRecord } from '../../../server/domain/new-service-record'
import { scheduledHours } from '../../../server/domain/volunteer-hours'
import { findActivity, type ActivityDoc } from '../../../server/repositories/activities'
import { findSignUp } from '../../../server/repositories/signups'
import { mapPage } from '../../../server/repositories/paged'
import {
  decideRecordCorrection,
  findServiceRecord,
  pendingCorrections,
  insertRecordWithCorrection,
  pendingCorrectionsFor,
  requestRecordCorrection,
  type ServiceRecordDoc,
} from '../../../server/repositories/service-records'

/** No correction may credit more than the activity's scheduled length. */
async function checkHoursCap(ctx: Ctx, activityId: string, hours: number): Promise<void> {
  const a = await findActivity(ctx.db, activityId)
  const cap = a ? scheduledHours(new Date(a.startAt), new Date(a.endAt)) : 0
  if (a && hours > cap) throw fieldError('hours', `不能超过活动的计划时长 ${cap} 小时`)
}

/**
 * A volunteer credited 0 hours has no record (confirmHours writes none); she may still ask, on
 * `<activityId>:<userId>` of an activity whose hours are confirmed where she held a place. The
 * record is written with 0 hours and the pending correction together. Null if she may not.
 */
async function zeroHourRecord(
  ctx: Ctx,
  recordId: string,
  userId: string,
): Promise<{ a: ActivityDoc; record: ServiceRecordDoc } | null> {
  const [activityId, owner] = recordId.split(':')
  if (owner !== userId || !activityId) return null
  const a = await findActivity(ctx.db, activityId)
  if (!a || a.state !== 'open' || a.hoursState !== 'confirmed' || !a.confirmed.includes(userId))
    return null
  const s = await findSignUp(ctx.db, a._id, userId)
  // Only hours confirmed as 0: any other has its record (confirmHours writes them before it marks).
  if (!s || s.status !== 'confirmed' || s.hours !== 0) return null
  const v = await findVolunteer(ctx.db, userId)
  const record = newServiceRecord(a, { userId, name: v?.realName ?? '' }, 0, userId, ctx.now())
  return { a, record }
}

export const requestCorrection: HandlerOf<'activity', 'requestCorrection'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  let r = await findServiceRecord(ctx.db, input.recordId)
  const zero = r ? null : await zeroHourRecord(ctx, input.recordId, user._id)
  if (zero) r = zero.record
  if (!r || r.volunteerId !== user._id) throw notFound('服务记录')
  if (r.correctionStatus === 'pending') {
    // A retry of the same request answers with it; a different one waits for the decision.
    if (r.correction?.hours === input.hours && r.correction.reason === input.reason)
      return recordView(r)
    throw conflict('已有一条更正申请在处理中，请等待处理结果')
  }
  if (input.hours === r.hours) throw conflict('申请的时长与记录相同')
  await checkHoursCap(ctx, r.activityId, input.hours)
  await checkTexts(ctx, { reason: input.reason })
  const now = ctx.now()
  const correction = {
    hours: input.hours,
    reason: input.reason,
    requestedAt: now,
    decidedAt: null,
    decidedBy: null,
    previousHours: null,
    note: null,
  }
  const asked: ServiceRecordDoc = {
    ...r,
    correctionStatus: 'pending',
    requestedAt: now,
    correction,
  }
  const told = [...new Set([...(await committeeIds(ctx.db)), ...r.leaderIds])]
  const record = followUpRecord(ctx, [
    { kind: 'notify', userIds: told, notice: correctionRequestedNotice(r, input.hours, now) },
  ])
  const written = zero
    ? await insertRecordWithCorrection(ctx.db, asked, record)
    : await requestRecordCorrection(ctx.db, r._id, user._id, correction, record)
  if (!written) throw conflict('已有一条更正申请在处理中，请等待处理结果')
  await carryOut(ctx, record)
  return recordView(asked)
}

/** A leader of the record's activity, its organising branch's secretary, or the committee. */
function decides(ctx: Ctx, r: ServiceRecordDoc): boolean {
  const userId = ctx.caller.user?._id
  return (
    isAdmin(ctx) || (!!userId && r.leaderIds.includes(userId)) || leadsBranch(ctx, r.organiserOrgId)
  )
}

export const corrections: HandlerOf<'activity', 'corrections'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  // A secretary sees her branches' activities' requests too: she may decide them (decides above).
  const branches = ctx.caller.roles.includes('secretary') ? user.orgIds : []
  const page = isAdmin(ctx)
    ? await pendingCorrections(ctx.db, input)
    : await pendingCorrectionsFor(ctx.db, user._id, branches, input)
  return mapPage(page, (r) => ({ ...recordView(r), volunteer: r.volunteerName }))
}

export const decideCorrection: HandlerOf<'activity', 'decideCorrection'> = async (ctx, input) => {
  const r = await findServiceRecord(ctx.db, input.recordId)
  if (!r) throw notFound('服务记录')
  if (!decides(ctx, r)) throw forbidden('只有活动负责人和商圈党委可以处理更正申请')
  if (r.volunteerId === ctx.caller.user?._id)
    throw forbidden('不能处理自己的更正申请，请由其他负责人或商圈党委处理')
  if (r.correctionStatus !== 'pending' || !r.correction) {
    // A retry of a decision already made answers with the record (its notice is a follow-up).
    if (r.correction?.decidedAt) return recordView(r)
    throw conflict('这条记录没有待处理的更正申请')
  }
  const hours = input.hours ?? r.correction.hours
  if (input.approve) await checkHoursCap(ctx, r.activityId, hours)
  if (input.note) await checkTexts(ctx, { note: input.note })
  const now = ctx.now()
  const by = ctx.caller.user!._id
  // The audit row and the volunteer's message are written inside the decision's transaction.
  const told = (decided: ServiceRecordDoc) =>
    followUpRecord(ctx, [
      { kind: 'notify', userIds: [r.volunteerId], notice: correctionDecidedNotice(decided, now) },
    ])
  const decision = { approve: input.approve, hours, note: input.note || null, by }
  const written = await decideRecordCorrection(ctx.db, r._id, decision, now, told)
  // Another call decided it meanwhile: that call tells the volunteer.
  if (!written) return recordView((await findServiceRecord(ctx.db, r._id)) ?? r)
  await carryOut(ctx, written.record as FollowUpRecord)
  return recordView(written.decided)
}

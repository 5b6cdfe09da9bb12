// Corrections of a service record: the volunteer asks (one pending at a time) with the hours they
// believe are right and why; a leader of the activity, its manager or the committee decides. An
// approval moves the record's hours and the volunteer's totals by the difference together.
import type { HandlerOf } from '../../../server/kernel/router'
import type { Ctx } from '../../../server/kernel/context'
import { callerUser } from '../../../server/kernel/context'
import { conflict, forbidden, notFound } from '../../../server/kernel/app-error'
import { isAdmin, leadsBranch } from '../../../server/domain/staff'
import { notify } from '../../../server/domain/notify'
import { committeeIds } from '../../../server/domain/recipients'
import { checkTexts } from '../../../server/domain/text-check'
import {
  correctionDecidedNotice,
  correctionRequestedNotice,
} from '../../../server/domain/record-notices'
import { recordView } from '../../../server/domain/record-view'
import { mapPage } from '../../../server/repositories/paged'
import {
  decideRecordCorrection,
  findServiceRecord,
  pendingCorrections,
  pendingCorrectionsFor,
  requestRecordCorrection,
  type ServiceRecordDoc,
} from '../../../server/repositories/service-records'
import { recordActivityAudit } from '../../../server/repositories/activity-audit'

export const requestCorrection: HandlerOf<'activity', 'requestCorrection'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  const r = await findServiceRecord(ctx.db, input.recordId)
  if (!r || r.volunteerId !== user._id) throw notFound('服务记录')
  if (r.correctionStatus === 'pending') {
    // A retry of the same request answers with it; a different one waits for the decision.
    if (r.correction?.hours === input.hours && r.correction.reason === input.reason)
      return recordView(r)
    throw conflict('已有一条更正申请在处理中，请等待处理结果')
  }
  if (input.hours === r.hours) throw conflict('申请的时长与记录相同')
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
  if (!(await requestRecordCorrection(ctx.db, r._id, user._id, correction)))
    throw conflict('已有一条更正申请在处理中，请等待处理结果')
  const asked: ServiceRecordDoc = {
    ...r,
    correctionStatus: 'pending',
    requestedAt: now,
    correction,
  }
  await notify(
    ctx,
    committeeIds(ctx.db).then((ids) => [...ids, ...r.leaderIds]),
    correctionRequestedNotice(r, input.hours, now),
  )
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
  if (r.correctionStatus !== 'pending' || !r.correction) {
    // A retry of a decision already made answers with the record.
    if (r.correction?.decidedAt) return recordView(r)
    throw conflict('这条记录没有待处理的更正申请')
  }
  if (input.note) await checkTexts(ctx, { note: input.note })
  const now = ctx.now()
  const by = ctx.caller.user!._id
  const decided = await decideRecordCorrection(
    ctx.db,
    r._id,
    {
      approve: input.approve,
      hours: input.hours ?? r.correction.hours,
      note: input.note || null,
      by,
    },
    now,
  )
  if (!decided) return recordView((await findServiceRecord(ctx.db, r._id)) ?? r)
  await recordActivityAudit(ctx.db, {
    activityId: r.activityId,
    userId: r.volunteerId,
    action: 'correction',
    by,
    at: now,
    reason: input.note || (input.approve ? '同意更正' : null),
    before: { hours: r.hours },
    after: { hours: decided.hours, status: decided.correctionStatus },
  })
  await notify(ctx, [r.volunteerId], correctionDecidedNotice(decided, now))
  return recordView(decided)
}

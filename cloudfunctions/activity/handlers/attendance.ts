// The leader's roster: who signed up, who came, the hours the rule gives; the full phone on
// request (audited); and attendance recorded by hand (audited with before and after), until the
// hours are confirmed — then a change goes through the correction flow.
import type { HandlerOf } from '../../../server/kernel/router'
import type { Ctx } from '../../../server/kernel/context'
import { conflict, fieldError, forbidden, notFound } from '../../../server/kernel/app-error'
import { evaluateAbsencePause } from '../../../server/domain/absence-pause'
import { rosterView } from '../../../server/domain/roster-view'
import type { ActivityDoc } from '../../../server/repositories/activities'
import { findSignUp, setAttendanceAudited, signUpsOf } from '../../../server/repositories/signups'
import { findVolunteer, findVolunteers } from '../../../server/repositories/volunteers'
import { recordActivityAudit } from '../../../server/repositories/activity-audit'
import { decryptPhone } from '../../../server/services/member-crypto'
import { activityToLead } from './lead-access'

async function rosterOf(ctx: Ctx, a: ActivityDoc) {
  const signups = await signUpsOf(ctx.db, a._id)
  const volunteers = await findVolunteers(
    ctx.db,
    signups.map((s) => s.userId),
  )
  return rosterView(a, signups, volunteers)
}

export const roster: HandlerOf<'activity', 'roster'> = async (ctx, input) => {
  return rosterOf(ctx, await activityToLead(ctx, input.activityId))
}

export const contact: HandlerOf<'activity', 'contact'> = async (ctx, input) => {
  const a = await activityToLead(ctx, input.activityId)
  const s = await findSignUp(ctx.db, a._id, input.userId)
  if (!s) throw notFound('报名记录')
  const v = await findVolunteer(ctx.db, input.userId)
  if (!v?.phoneCipher) throw conflict('这位志愿者没有留下手机号')
  await recordActivityAudit(ctx.db, {
    activityId: a._id,
    userId: input.userId,
    action: 'contact',
    by: ctx.caller.user!._id,
    at: ctx.now(),
    reason: '查看完整手机号',
    before: null,
    after: null,
  })
  return { phone: decryptPhone(v.phoneCipher) }
}

const HOURS_CONFIRMED = '时长已确认，出勤不能再修改；如有出入请由志愿者申请更正'

export const attendance: HandlerOf<'activity', 'attendance'> = async (ctx, input) => {
  const a = await activityToLead(ctx, input.activityId)
  const by = ctx.caller.user!._id
  if (input.userId === by) throw forbidden('不能为自己登记出勤，请由其他负责人或商圈党委登记')
  if (a.hoursState === 'confirmed') throw conflict(HOURS_CONFIRMED)
  const s = await findSignUp(ctx.db, a._id, input.userId)
  if (!s || s.status !== 'confirmed') throw fieldError('userId', '这位志愿者没有报名成功')
  const checkInAt = input.checkInAt ? new Date(input.checkInAt) : null
  const checkOutAt = input.checkOutAt ? new Date(input.checkOutAt) : null
  const present = input.mark === 'present' || input.mark === 'late'
  if (present && !checkInAt) throw fieldError('checkInAt', '请填写签到时间')
  if (checkInAt && checkOutAt && checkOutAt <= checkInAt)
    throw fieldError('checkOutAt', '签退时间须晚于签到时间')
  const now = ctx.now()
  // 请假 and 缺席 carry no times: the hours rule gives them nothing either way.
  const after = {
    attendance: input.mark,
    checkInAt: present ? checkInAt : null,
    checkOutAt: present ? checkOutAt : null,
  }
  const written = await setAttendanceAudited(
    ctx.db,
    s._id,
    after,
    {
      activityId: a._id,
      userId: s.userId,
      action: 'attendance',
      by,
      at: now,
      reason: input.reason,
    },
    now,
  )
  // Confirmed since the check above (the transaction saw the hours fixed): refused as it would be.
  if (written === 'hours-confirmed') throw conflict(HOURS_CONFIRMED)
  // Into or out of 缺席: the absence pause is judged again (lifted, or imposed and told).
  const was = written?.before.attendance ?? s.attendance
  if (written?.changed && (was === 'absent') !== (input.mark === 'absent'))
    await evaluateAbsencePause(ctx, a, s.userId, now)
  return rosterOf(ctx, a)
}

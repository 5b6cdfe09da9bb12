// Hours into records. confirmHours turns each confirmed volunteer's hours (by the rule, from
// check-in and check-out or the leader's attendance) into a service record and adds them to the
// volunteer's totals, each record with its totals in one transaction, so a retry after a crash
// completes what was left and never counts a record twice. myRecords is the volunteer's page.
import { starLevel } from '../../../types/volunteer'
import { shanghaiToday } from '../../../types/shanghai-time'
import type { HandlerOf } from '../../../server/kernel/router'
import { callerUser } from '../../../server/kernel/context'
import { conflict } from '../../../server/kernel/app-error'
import { notify } from '../../../server/domain/notify'
import { hoursConfirmedNotice } from '../../../server/domain/record-notices'
import { newServiceRecord } from '../../../server/domain/new-service-record'
import { recordView } from '../../../server/domain/record-view'
import { hoursOf } from '../../../server/domain/roster-view'
import { evaluateAbsencePause } from '../../../server/domain/absence-pause'
import { markHoursConfirmed } from '../../../server/repositories/activities'
import {
  insertRecordWithHours,
  recordsOfVolunteer,
} from '../../../server/repositories/service-records'
import { fixSignUpHours, markAbsent, signUpsOf } from '../../../server/repositories/signups'
import { findVolunteer, findVolunteers } from '../../../server/repositories/volunteers'
import { activityToLead } from './lead-access'

export const confirmHours: HandlerOf<'activity', 'confirmHours'> = async (ctx, input) => {
  const a = await activityToLead(ctx, input.activityId)
  if (a.state !== 'open') throw conflict('活动已取消，没有服务时长可确认')
  const now = ctx.now()
  if (now < new Date(a.endAt)) throw conflict('活动结束后才能确认服务时长')
  const by = ctx.caller.user!._id
  // Only the confirmed (index activity_status): the cancelled and waitlisted never count.
  const served = (await signUpsOf(ctx.db, a._id, ['confirmed'])).filter((s) =>
    a.confirmed.includes(s.userId),
  )
  // Confirmed sign-ups with no check-in and no mark are no-shows: marked absent now (the sweep's
  // day of grace is over once the leader confirms), and their absences judged for a pause.
  for (const s of served) {
    if (s.checkInAt || s.attendance) continue
    if (!(await markAbsent(ctx.db, s._id, now))) continue
    s.attendance = 'absent'
    await evaluateAbsencePause(ctx, a, s.userId, now)
  }
  const names = new Map(
    (
      await findVolunteers(
        ctx.db,
        served.map((s) => s.userId),
      )
    ).map((v) => [v._id, v.realName]),
  )
  const credited: { userId: string; hours: number }[] = []
  for (const s of served) {
    // The sign-up's hours are fixed first, from its marks as they are at that moment (a mark set
    // by hand meanwhile counts, one after is refused); a retry reads them back.
    const hours =
      (await fixSignUpHours(ctx.db, s._id, (fresh) => hoursOf(a, fresh).hours, now)) ?? 0
    credited.push({ userId: s.userId, hours })
    if (hours <= 0) continue
    const volunteer = { userId: s.userId, name: names.get(s.userId) ?? '' }
    await insertRecordWithHours(ctx.db, newServiceRecord(a, volunteer, hours, by, now), now)
  }
  // Told once: only the call that marks the activity confirmed sends the notices.
  if (await markHoursConfirmed(ctx.db, a._id, by, now))
    await Promise.all(
      credited.map((c) => notify(ctx, [c.userId], hoursConfirmedNotice(a, c.hours, now))),
    )
  const recorded = credited.filter((c) => c.hours > 0)
  return { records: recorded.length, hours: recorded.reduce((sum, c) => sum + c.hours, 0) }
}

export const myRecords: HandlerOf<'activity', 'myRecords'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  const [page, v] = await Promise.all([
    recordsOfVolunteer(ctx.db, user._id, input),
    findVolunteer(ctx.db, user._id),
  ])
  const totalHours = v?.totalHours ?? 0
  return {
    ...page,
    list: page.list.map(recordView),
    totalHours,
    yearHours: v?.hoursByYear?.[shanghaiToday(ctx.now()).slice(0, 4)] ?? 0,
    stars: starLevel(totalHours),
  }
}

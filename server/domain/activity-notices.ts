// What each sign-up and activity event tells whom, in one or two lines: what happened and what to
// do next. No notice names another volunteer or carries a phone number.
import { formatShanghai } from '../../types/shanghai-time'
import { activityUrl, ROUTES, withQuery } from '../../types/pages'
import { ACTIVITY_RULES } from '../../types/activity'
import type { ActivityDoc } from '../repositories/activities'
import { noticesAbout, type Notice } from './notify'

const notice = noticesAbout<ActivityDoc>((a) => activityUrl(a._id))

const quoted = (a: ActivityDoc) => `「${a.title}」`
/** 12-10 09:00–11:00, the way a volunteer reads an activity's time. */
export const activityTime = (a: Pick<ActivityDoc, 'startAt' | 'endAt'>) =>
  `${formatShanghai(a.startAt, 'MM-DD HH:mm')}–${formatShanghai(a.endAt, 'HH:mm')}`

/** The sign-up's answer: a place, or a place in line. */
export function signedUpNotice(a: ActivityDoc, position: number | null, now: Date): Notice {
  if (position === null)
    return notice(
      a,
      'activity_signed_up',
      '志愿活动报名成功',
      `您已报名${quoted(a)}（${activityTime(a)}，${a.place.address}），请按时到场签到。`,
      '已报名',
      `开始前 ${ACTIVITY_RULES.freeCancelHours} 小时前可免责取消`,
      now,
    )
  return notice(
    a,
    'activity_signed_up',
    '已进入候补',
    `${quoted(a)}名额已满，您是候补第 ${position} 位；有人取消时将按顺序递补并通知您。`,
    `候补第 ${position} 位`,
    '递补后会通知您',
    now,
  )
}

/** A place freed and went to this person from the waitlist. */
export function promotedNotice(a: ActivityDoc, now: Date): Notice {
  return notice(
    a,
    'activity_promoted',
    '候补成功，已为您保留名额',
    `您已从候补递补为${quoted(a)}的正式报名（${activityTime(a)}，${a.place.address}），请按时到场；不能参加请及时取消。`,
    '已报名',
    '候补递补成功',
    now,
  )
}

/** The manager changed the activity: what changed, to everyone signed up or waiting. */
export function changedNotice(a: ActivityDoc, changes: string[], now: Date): Notice {
  return notice(
    a,
    'activity_changed',
    '志愿活动有变更',
    `${quoted(a)}有变更：${changes.join('；')}。如不能参加，请在活动页取消报名。`,
    '活动变更',
    changes.join('；'),
    now,
  )
}

export function cancelledNotice(a: ActivityDoc, reason: string, now: Date): Notice {
  return notice(
    a,
    'activity_cancelled',
    '志愿活动已取消',
    `${quoted(a)}（${activityTime(a)}）已取消：${reason}。您的报名随之取消。`,
    '已取消',
    reason,
    now,
  )
}

export function startingNotice(a: ActivityDoc, now: Date): Notice {
  return notice(
    a,
    'activity_starting',
    '志愿活动即将开始',
    `${quoted(a)}将于 ${formatShanghai(a.startAt)} 在${a.place.address}开始，请提前到场扫码签到。`,
    '即将开始',
    `开始前 ${ACTIVITY_RULES.checkInOpensMinutes} 分钟可签到`,
    now,
  )
}

export function pausedNotice(a: ActivityDoc, until: Date, reason: string, now: Date): Notice {
  return notice(
    a,
    'volunteer_paused',
    '报名已暂停',
    `${reason}，志愿活动报名暂停至 ${formatShanghai(until, 'YYYY-MM-DD')}。如有误，请联系活动负责人更正出勤。`,
    '暂停报名',
    `暂停至 ${formatShanghai(until, 'YYYY-MM-DD')}`,
    now,
    ROUTES.myVolunteering,
  )
}

/** Hours still unconfirmed past the deadline: to the committee and the leaders. */
export function unconfirmedNotice(a: ActivityDoc, now: Date): Notice {
  return notice(
    a,
    'activity_unconfirmed',
    '志愿服务时长超期未确认',
    `${quoted(a)}（${activityTime(a)}）结束已超过 ${ACTIVITY_RULES.confirmWithinWorkingDays} 个工作日，服务时长仍未确认，请尽快确认。`,
    '超期未确认',
    `应于 ${formatShanghai(a.confirmBy, 'YYYY-MM-DD')} 前确认`,
    now,
    withQuery(ROUTES.activityRoster, { id: a._id }),
  )
}

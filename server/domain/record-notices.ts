// What the hours and their corrections tell whom: the volunteer when the leader confirms the hours
// and when a correction is decided; the leaders and the committee when a correction is asked for.
// No notice carries a phone number.
import { ADMIN_ROUTES, ROUTES, activityUrl } from '../../types/pages'
import type { ActivityDoc } from '../repositories/activities'
import type { ServiceRecordDoc } from '../repositories/service-records'
import type { Notice } from './notify'

const quoted = (title: string) => `「${title}」`

/** To each volunteer of the activity, with their own hours. */
export function hoursConfirmedNotice(a: ActivityDoc, hours: number, now: Date): Notice {
  return {
    kind: 'activity_hours_confirmed',
    title: '服务时长已确认',
    body: `活动${quoted(a.title)}的服务时长已确认：${hours} 小时，已记入您的志愿服务记录。如有异议可申请更正。`,
    link: ROUTES.myVolunteering,
    slots: { subject: a.title, status: '已确认', time: now, note: `${hours} 小时` },
  }
}

/** To the activity's leaders and the committee. */
export function correctionRequestedNotice(r: ServiceRecordDoc, hours: number, now: Date): Notice {
  return {
    kind: 'correction_requested',
    title: '有一条时长更正申请待处理',
    body: `活动${quoted(r.activityTitle)}的一位志愿者申请将时长由 ${r.hours} 小时更正为 ${hours} 小时，请处理。`,
    link: ADMIN_ROUTES.corrections,
    slots: { subject: r.activityTitle, status: '待处理', time: now, note: `申请 ${hours} 小时` },
  }
}

/** To the volunteer who asked. */
export function correctionDecidedNotice(r: ServiceRecordDoc, now: Date): Notice {
  const approved = r.correctionStatus === 'approved'
  const note = r.correction?.note ? `说明：${r.correction.note}` : ''
  return {
    kind: 'correction_decided',
    title: approved ? '时长更正已同意' : '时长更正未同意',
    body: approved
      ? `活动${quoted(r.activityTitle)}的服务时长已更正为 ${r.hours} 小时。${note}`
      : `活动${quoted(r.activityTitle)}的时长更正申请未获同意，时长仍为 ${r.hours} 小时。${note}`,
    link: activityUrl(r.activityId),
    slots: {
      subject: r.activityTitle,
      status: approved ? '已同意' : '未同意',
      time: now,
      note: `${r.hours} 小时`,
    },
  }
}

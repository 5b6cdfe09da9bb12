// Words and formats the volunteer pages share: categories, sign-up status, times and hours.
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_STATE_LABELS,
  ATTENDANCE_MARKS,
  type ActivityCategory,
  type MySignUp,
} from '../../types/activity'
import { formatShanghai } from '../../types/shanghai-time'
import type { Choice } from '../components/ChoiceChips'
import type { FilterOption } from '../components/FilterChips'

export { ACTIVITY_CATEGORIES, ACTIVITY_STATE_LABELS, ATTENDANCE_MARKS }

export const CATEGORY_FILTER: FilterOption<ActivityCategory>[] = [
  { value: undefined, label: '全部类别' },
  ...(Object.entries(ACTIVITY_CATEGORIES) as [ActivityCategory, string][]).map(
    ([value, label]) => ({ value, label }),
  ),
]

export const CATEGORY_CHOICES: Choice<ActivityCategory>[] = CATEGORY_FILTER.filter(
  (o): o is Choice<ActivityCategory> => o.value !== undefined,
)

/** 12月10日 周四 09:00–11:30 (Asia/Shanghai); another day's end shows its date too. */
export function activityTime(startAt: string, endAt: string): string {
  const sameDay = formatShanghai(startAt, 'YYYY-MM-DD') === formatShanghai(endAt, 'YYYY-MM-DD')
  const week = '日一二三四五六'[Number(formatShanghai(startAt, 'd'))]
  const start = `${formatShanghai(startAt, 'M月D日')} 周${week} ${formatShanghai(startAt, 'HH:mm')}`
  return `${start}–${formatShanghai(endAt, sameDay ? 'HH:mm' : 'M月D日 HH:mm')}`
}

/** 09:02 */
export function clock(at: string | null): string {
  return at ? formatShanghai(at, 'HH:mm') : '—'
}

/** 2.5 小时 */
export function hoursText(hours: number | null | undefined): string {
  return `${hours ?? 0} 小时`
}

/** ★★☆☆☆ for a star level of 2 (of 5). */
export function starsText(stars: number): string {
  return '★'.repeat(stars) + '☆'.repeat(Math.max(0, 5 - stars))
}

/** 余 3 个名额 / 已满 · 候补 2 人 */
export function placesText(a: { capacity: number; confirmed: number; waitlisted: number }): string {
  const left = a.capacity - a.confirmed
  const places = left > 0 ? `余 ${left} 个名额` : '名额已满'
  return a.waitlisted > 0 ? `${places} · 候补 ${a.waitlisted} 人` : places
}

/** What the volunteer's own standing says: 已报名, 候补第 2 位, 已签到 09:02… */
export function myStatusText(mine: MySignUp): string {
  if (mine.status === 'waitlisted') return `候补第 ${mine.position ?? '?'} 位`
  if (mine.status === 'cancelled') return mine.lateCancel ? '已取消（临时取消）' : '已取消'
  if (mine.status === 'dropped') return '活动已取消'
  if (mine.checkOutAt) return `已签退 ${clock(mine.checkOutAt)}`
  if (mine.checkInAt) return `已签到 ${clock(mine.checkInAt)}`
  if (mine.attendance) return ATTENDANCE_MARKS[mine.attendance]
  return '已报名'
}

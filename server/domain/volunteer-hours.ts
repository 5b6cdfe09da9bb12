// The hours rule and the other plain arithmetic of 志愿服务, kept apart from the handlers so the
// rule is table-tested on its own. Hours cannot be inflated: only time inside the scheduled window
// counts, a missing check-out counts up to the scheduled end only (and is flagged), and the total
// is rounded down to the half hour (不足半小时不计); a fixed credit caps that time, never adds to it.
import dayjs from 'dayjs'
import { inShanghai } from '../../types/shanghai-time'
import type { AttendanceMark } from '../../types/activity'

const HALF_HOUR = 30 * 60_000

export type HoursInput = {
  startAt: Date
  endAt: Date
  creditHours: number | null
  attendance: AttendanceMark | null
  checkInAt: Date | null
  checkOutAt: Date | null
}

/** The scheduled length, rounded down to the half hour. */
export function scheduledHours(startAt: Date, endAt: Date): number {
  return Math.floor((endAt.getTime() - startAt.getTime()) / HALF_HOUR) / 2
}

/** Hours the rule credits, and whether they rest on a missing check-out. */
export function servedHours(s: HoursInput): { hours: number; missingCheckOut: boolean } {
  const missingCheckOut = s.checkInAt !== null && s.checkOutAt === null
  if (!s.checkInAt || s.attendance === 'absent' || s.attendance === 'leave')
    return { hours: 0, missingCheckOut: false }
  const from = Math.max(s.checkInAt.getTime(), s.startAt.getTime())
  const to = Math.min((s.checkOutAt ?? s.endAt).getTime(), s.endAt.getTime())
  if (to <= from) return { hours: 0, missingCheckOut }
  const served = Math.floor((to - from) / HALF_HOUR) / 2
  // A fixed credit is a cap, not a reward for turning up: it never exceeds the time served.
  const hours = s.creditHours === null ? served : Math.min(s.creditHours, served)
  return { hours, missingCheckOut }
}

/** Great-circle distance in metres (haversine): close enough at the scale of a check-in radius. */
export function distanceMetres(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = (d: number) => (d * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLng = rad(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2
  return Math.round(2 * 6_371_000 * Math.asin(Math.sqrt(h)))
}

/**
 * The end of the `n`th working day (Monday to Friday, Asia/Shanghai) after `from`'s day. Public
 * holidays are not known here, so the deadline can come a day or two early around them, never late.
 */
export function workingDaysAfter(from: Date, n: number): Date {
  let day = inShanghai(from).startOf('day')
  let left = n
  while (left > 0) {
    day = day.add(1, 'day')
    if (day.day() !== 0 && day.day() !== 6) left--
  }
  return day.endOf('day').toDate()
}

/** The activity's lead time check: is `now` inside [start - opens, end]? and why not. */
export function checkInWindow(
  now: Date,
  startAt: Date,
  endAt: Date,
  opensMinutes: number,
): 'early' | 'open' | 'over' {
  if (now < dayjs(startAt).subtract(opensMinutes, 'minute').toDate()) return 'early'
  if (now > endAt) return 'over'
  return 'open'
}

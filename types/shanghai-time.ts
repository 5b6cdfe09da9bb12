// Time as the district lives it: Asia/Shanghai, UTC+8 all year (no daylight saving). One module for
// the functions and the app alike. A fixed offset rather than dayjs's Intl-based timezone plugin,
// which the mini-program's JS engine does not fully support.
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

const SHANGHAI_OFFSET_MINUTES = 8 * 60

/** An instant on Shanghai's wall clock. */
export function inShanghai(at: Date | string): Dayjs {
  return dayjs.utc(at).utcOffset(SHANGHAI_OFFSET_MINUTES)
}

/** The calendar day of an instant as a key, e.g. '20261201' (rate-limit windows, file names). */
export function shanghaiDay(at: Date): string {
  return inShanghai(at).format('YYYYMMDD')
}

/** The calendar month of an instant: 2026-11-30T16:30Z → '2026-12'. */
export function shanghaiMonth(at: Date): string {
  return inShanghai(at).format('YYYY-MM')
}

/** The date of an instant, YYYY-MM-DD; today by default. */
export function shanghaiToday(at: Date = new Date()): string {
  return inShanghai(at).format('YYYY-MM-DD')
}

/** An instant as people in the district read it, e.g. `2025-11-24 15:30`; '' if not a time. */
export function formatShanghai(at: Date | string, pattern = 'YYYY-MM-DD HH:mm'): string {
  const time = dayjs.utc(at)
  return time.isValid() ? time.utcOffset(SHANGHAI_OFFSET_MINUTES).format(pattern) : ''
}

/** The last instant of a calendar day (YYYY-MM-DD) in Asia/Shanghai, e.g. a deadline day's end. */
export function endOfShanghaiDay(day: string): Date {
  return new Date(`${day}T23:59:59.999+08:00`)
}

/** True when `day` (YYYY-MM-DD) names a day of the calendar: not 2026-02-30 or 2026-13-01. */
export function isCalendarDay(day: string): boolean {
  const at = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day
}

/** The first instant of a calendar month (YYYY-MM) in Asia/Shanghai. */
export function startOfShanghaiMonth(month: string): Date {
  return new Date(`${month}-01T00:00:00+08:00`)
}

/** The month after `month` (YYYY-MM): 2026-12 → 2027-01. */
export function nextMonth(month: string): string {
  return inShanghai(startOfShanghaiMonth(month)).add(1, 'month').format('YYYY-MM')
}

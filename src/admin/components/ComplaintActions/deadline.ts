// 办理期限 as the committee picks it: a Shanghai wall date and time, sent as an ISO instant.
import { inShanghai } from '../../../../types/shanghai-time'

/** The default deadline: three days from now, on the hour. */
export const DEFAULT_DEADLINE_DAYS = 3

export type WallTime = { date: string; time: string }

/** `days` from `now` in Shanghai wall time, rounded up to the next hour. */
export function wallTimeIn(days: number, now: Date = new Date()): WallTime {
  const at = inShanghai(now).add(days, 'day').add(1, 'hour').startOf('hour')
  return { date: at.format('YYYY-MM-DD'), time: at.format('HH:mm') }
}

/** The ISO date-time (with the +08:00 offset) the assign action takes. */
export function deadlineIso({ date, time }: WallTime): string {
  return `${date}T${time}:00+08:00`
}

// Times for tests that set or move stored instants: lengths in milliseconds, and days as the
// district's calendar (Asia/Shanghai) names them.
import { shanghaiToday } from '../../types/shanghai-time'

export const MINUTE = 60e3
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** The Shanghai date (YYYY-MM-DD) `days` from today (negative: in the past). */
export const dayIn = (days: number) => shanghaiToday(new Date(Date.now() + days * DAY))

import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

// Shanghai has no daylight saving, so a fixed +8 offset avoids the Intl-based timezone plugin,
// which the mini-program JS engine does not fully support.
const SHANGHAI_OFFSET_MINUTES = 8 * 60

/** An ISO instant as Asia/Shanghai wall time, e.g. `2025-11-24 15:30`. */
export function formatShanghai(iso: string, pattern = 'YYYY-MM-DD HH:mm'): string {
  const time = dayjs.utc(iso)
  return time.isValid() ? time.utcOffset(SHANGHAI_OFFSET_MINUTES).format(pattern) : ''
}

// Calendar days and months as the district lives them (Asia/Shanghai), whatever the server's zone.
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

const SHANGHAI = 'Asia/Shanghai'

/** The calendar day of an instant, e.g. '20261201'. */
export function shanghaiDay(at: Date): string {
  return dayjs(at).tz(SHANGHAI).format('YYYYMMDD')
}

/** The calendar month of an instant: 2026-11-30T16:30Z → '2026-12'. */
export function shanghaiMonth(at: Date): string {
  return dayjs(at).tz(SHANGHAI).format('YYYY-MM')
}

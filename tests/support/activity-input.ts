// A volunteer activity as the committee or a secretary publishes it, for integration and browser
// tests alike: valid by default, each test overriding what it is about.
import { HOUR } from './time'

const at = (ms: number) => new Date(ms).toISOString()

/** A valid activity starting `inHours` from now and lasting `hours`. */
export function activityInput(inHours = 48, hours = 2, extra: object = {}) {
  const start = Date.now() + inHours * HOUR
  return {
    title: '周末平安巡逻',
    category: 'patrol',
    description: '沿红星路巡查消防通道和店外占道，提醒商户文明经营。',
    place: {
      address: '红星路 1 号党群服务中心',
      latitude: 31.2304,
      longitude: 121.4737,
      radius: 300,
    },
    startAt: at(start),
    endAt: at(start + hours * HOUR),
    capacity: 5,
    audience: { kind: 'everyone' },
    ...extra,
  }
}

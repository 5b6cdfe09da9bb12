// 志愿服务 under load: sign-ups racing for one activity's places (16 callers at once, every one a
// different volunteer, past the capacity into the waitlist), and the volunteer's records page with
// 1,000 records, through the HTTP gateway beside a bare gateway call; whether the places came out
// exact; and whether every query on the path was served by a declared index.
import type { Write } from '../local-cloud/store'
import type { ActivityDoc } from '../server/repositories/activities'
import type { ServiceRecordDoc } from '../server/repositories/service-records'
import type { VolunteerDoc } from '../server/repositories/volunteers'
import { newActivityDoc } from '../server/domain/new-activity'
import { newVolunteerDoc } from '../server/domain/new-volunteer'
import { ActivityFields } from '../types/activity'
import { formatShanghai, shanghaiMonth } from '../types/shanghai-time'
import { loadRows, post, withBenchStack, type BenchSection } from './report'
import { GATEWAY_CONCURRENCY, gatewayLoad } from './gateway-load'
import { benchUser, seedStore, type BenchStore } from './seed-store'

const CAPACITY = 300
const SIGN_UPS = 600
const WARM_UP = 50
const RECORDS = 1_000
const PAGES = 1_000
const ACTIVITY = 'bench-activity'
const WARM_ACTIVITY = 'bench-activity-warm'
const RECORD_HOLDER = 'bench-volunteer-records'

export async function benchActivities(): Promise<BenchSection> {
  return withBenchStack('activities', async (stack) => {
    const { store, seedSeconds } = seedStore(stack, seedVolunteersAndActivities)
    store.unindexedQueries(true)

    const token = (i: number) => stack.tokens.issue(`bench-volunteer-openid-${i}`)
    const tokens = Array.from({ length: SIGN_UPS + WARM_UP }, (_, i) => token(i))
    const recordsToken = stack.tokens.issue(`${RECORD_HOLDER}-openid`)
    const signUp = (activityId: string, i: number) =>
      post(stack.url, 'activity', { action: 'signUp', data: { activityId } }, tokens[i])
    const records = () =>
      post(stack.url, 'activity', { action: 'myRecords', data: {} }, recordsToken)
    const bare = () => post(stack.url, 'activity', { action: 'ping-without-database' })

    const sample = await records()
    if (sample.status !== 200)
      throw new Error(`myRecords failed: ${sample.status} ${sample.text.slice(0, 200)}`)
    const failed: string[] = []
    const check = async (res: Promise<{ status: number; text: string }>) => {
      const r = await res
      if (r.status !== 200) failed.push(`${r.status} ${r.text.slice(0, 120)}`)
      return r
    }
    // Warm-up sign-ups go to their own activity, with their own volunteers.
    await gatewayLoad((i) => check(signUp(WARM_ACTIVITY, SIGN_UPS + i)), WARM_UP)
    const statuses: Record<string, number> = {}
    const signUps = await gatewayLoad(async (i) => {
      const r = await check(signUp(ACTIVITY, i))
      const status = r.status === 200 ? (JSON.parse(r.text).data?.status ?? 'none') : 'refused'
      statuses[status] = (statuses[status] ?? 0) + 1
    }, SIGN_UPS)
    await gatewayLoad(records, WARM_UP)
    const pages = await gatewayLoad(records, PAGES)
    await gatewayLoad(bare, WARM_UP)
    const bares = await gatewayLoad(bare, PAGES)
    const unindexed = store.unindexedQueries().filter((q) => q.shape !== '{}')
    const stored = store.getById('activities', ACTIVITY)?.doc as unknown as ActivityDoc

    return {
      title: `志愿服务 through the gateway (${SIGN_UPS} sign-ups for ${CAPACITY} places, ${RECORDS.toLocaleString()} records, concurrency ${GATEWAY_CONCURRENCY})`,
      rows: [
        { name: 'seeding (direct to the store)', value: `${seedSeconds.toFixed(1)} s` },
        ...loadRows('sign-up on one activity', signUps),
        {
          name: 'sign-ups confirmed / waitlisted (should be 300 / 300)',
          value: `${statuses.confirmed ?? 0} / ${statuses.waitlisted ?? 0}`,
        },
        {
          name: 'stored places taken / waiting',
          value: `${stored.confirmed.length} / ${stored.waitlist.length}`,
        },
        { name: 'calls refused (should be 0)', value: String(failed.length) },
        ...loadRows('records page (1,000 records)', pages),
        ...loadRows('bare call', bares),
        {
          name: 'sign-up p50 ÷ bare p50',
          value: `${(signUps.p50 / bares.p50).toFixed(1)}×`,
        },
        { name: 'unindexed query shapes on the path', value: String(unindexed.length) },
      ],
    }
  })
}

/** An activity three days (plus `later` ms) ahead, 2 h long, built as the create action builds it. */
function activityDoc(id: string, now: Date, later = 0): ActivityDoc {
  const startAt = new Date(now.getTime() + 3 * 24 * 3600_000 + later)
  const fields = ActivityFields.parse({
    title: '压测志愿活动',
    category: 'patrol',
    description: '压测用的志愿活动，服务内容至少十个字。',
    place: { address: '步行街东口', latitude: 30.2741, longitude: 120.1551, radius: 300 },
    startAt: startAt.toISOString(),
    endAt: new Date(startAt.getTime() + 2 * 3600_000).toISOString(),
    capacity: CAPACITY,
    audience: { kind: 'everyone' },
  })
  const organiser = { kind: 'district' as const, orgId: null, name: '商圈党委' }
  const by = {
    organiser,
    leaderIds: ['user-admin'],
    leaderNames: ['王建国'],
    createdBy: 'user-admin',
    seriesId: null,
  }
  return newActivityDoc(id, fields, by, now)
}

const volunteerDoc = (id: string, name: string, totalHours: number, now: Date): VolunteerDoc => ({
  ...newVolunteerDoc(
    id,
    { realName: name, phone: '13900000000', skills: [], areas: [] },
    false,
    null,
    now,
  ),
  totalHours,
  hoursByYear: { [formatShanghai(now, 'YYYY')]: totalHours },
})

/** Volunteers, the two activities and one volunteer's 1,000 records, straight into the store. */
function seedVolunteersAndActivities(store: BenchStore): void {
  const now = new Date()
  const writes: Write[] = []
  for (let i = 0; i < SIGN_UPS + WARM_UP; i++) {
    const id = `bench-volunteer-${i}`
    writes.push(benchUser(id, `bench-volunteer-openid-${i}`, `志愿者${i}`, [], now))
    writes.push({ coll: 'volunteers', id, doc: volunteerDoc(id, `压测志愿者`, 0, now) as never })
  }
  writes.push({ coll: 'activities', id: ACTIVITY, doc: activityDoc(ACTIVITY, now) as never })
  writes.push({
    coll: 'activities',
    id: WARM_ACTIVITY,
    // A week later, so the warm-up sign-ups never overlap the measured activity.
    doc: activityDoc(WARM_ACTIVITY, now, 7 * 24 * 3600_000) as never,
  })
  writes.push(benchUser(RECORD_HOLDER, `${RECORD_HOLDER}-openid`, '记录多的志愿者', [], now))
  writes.push({
    coll: 'volunteers',
    id: RECORD_HOLDER,
    doc: volunteerDoc(RECORD_HOLDER, '记录多', RECORDS * 2, now) as never,
  })
  for (let i = 0; i < RECORDS; i++) {
    const at = new Date(now.getTime() - (i + 1) * 24 * 3600_000)
    const id = `bench-past-${i}:${RECORD_HOLDER}`
    const record: ServiceRecordDoc = {
      _id: id,
      activityId: `bench-past-${i}`,
      volunteerId: RECORD_HOLDER,
      volunteerName: '记录多',
      activityTitle: `压测往期活动${i}`,
      category: 'elderly',
      date: formatShanghai(at, 'YYYY-MM-DD'),
      month: shanghaiMonth(at),
      place: '步行街东口',
      content: '压测用的服务内容。',
      hours: 2,
      organiser: '商圈党委',
      organiserOrgId: null,
      leader: '王建国',
      leaderIds: ['user-admin'],
      recordedAt: at,
      recordedBy: 'user-admin',
      correctionStatus: 'none',
      requestedAt: null,
      correction: null,
    }
    writes.push({ coll: 'service_records', id, doc: record as never })
  }
  store.commit(writes)
}

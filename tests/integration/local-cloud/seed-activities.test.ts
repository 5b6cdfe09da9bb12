// The demo 志愿服务: volunteers with encrypted phones, past activities whose hours are on 我的志愿,
// a correction waiting, an activity on now whose code the admin leads, upcoming ones (one full with
// a waitlist, a weekly series) with no persona signed up, and a second seed run changing nothing.
import { seedDemoDistrict } from '../../../local-cloud/seed/seed'
import { PERSONAS } from '../../../local-cloud/seed/personas'
import { sdkDatabase } from '../../support/local-endpoint'
import { dumpDatabase, expectEveryQueryIndexed, fileStack } from '../../support/stack'

const stack = fileStack()

async function call(openid: string, action: string, data: object = {}) {
  const res = await stack.http(openid, 'activity', { action, data })
  if (res.status !== 200) throw new Error(`${action}: ${JSON.stringify(res.body)}`)
  return res.body.data
}

it('lists the upcoming demo activities, the full one with its waitlist', async () => {
  const page = await call('demo-shopper', 'list', { when: 'upcoming', pageSize: 20 })
  const ids = page.list.map((a: { activityId: string }) => a.activityId)
  expect(ids).toEqual([
    'demo-activity-today',
    'demo-activity-full',
    'demo-activity-open',
    'demo-activity-patrol-1',
    'demo-activity-patrol-2',
    'demo-activity-patrol-3',
  ])
  const full = page.list.find((a: { activityId: string }) => a.activityId === 'demo-activity-full')
  expect(full).toMatchObject({ capacity: 4, confirmed: 4, waitlisted: 2, state: 'upcoming' })
  const open = page.list.find((a: { activityId: string }) => a.activityId === 'demo-activity-open')
  expect(open.confirmed).toBeLessThan(open.capacity)
  expect(open.organiser).toBe('美食街党支部')
  const past = await call('demo-shopper', 'list', { when: 'past', pageSize: 20 })
  expect(past.total).toBe(4)
  expectEveryQueryIndexed(stack)
})

it("shows 陈晓燕's and 刘阳's records and hours, and a correction in the queues", async () => {
  const chen = await call('demo-member', 'myRecords')
  expect(chen).toMatchObject({ total: 4, totalHours: 10 })
  const liu = await call('demo-shopper', 'myRecords')
  expect(liu).toMatchObject({ total: 2, totalHours: 4 })
  expect(liu.list.map((r: { hours: number }) => r.hours)).toEqual([2, 2])
  const asked = 'demo-activity-past-2:user-member-05'
  const queue = await call('demo-admin', 'corrections')
  expect(queue.list.map((r: { recordId: string }) => r.recordId)).toEqual([asked])
  expect(queue.list[0]).toMatchObject({
    volunteer: '吴芳',
    hours: 2.5,
    correction: { status: 'pending', hours: 3 },
  })
  // The branch organised it: its secretary (who leads it) sees it too.
  const branch = await call('demo-secretary', 'corrections')
  expect(branch.list.map((r: { recordId: string }) => r.recordId)).toEqual([asked])

  const profile = await stack.http('demo-member', 'volunteer', { action: 'mine', data: {} })
  expect(profile.body.data.profile).toMatchObject({ realName: '陈晓燕', phone: '13900001003' })
  // Every persona's profile is one the reply schema accepts (skills from the list, and so on).
  for (const p of PERSONAS) {
    const mine = await stack.http(p.openid, 'volunteer', { action: 'mine', data: {} })
    expect({ persona: p.persona, status: mine.status }).toEqual({ persona: p.persona, status: 200 })
  }
  const stored = dumpDatabase(stack).volunteers as { _id: string; phoneCipher: string }[]
  expect(stored.find((v) => v._id === 'user-member')!.phoneCipher).not.toContain('13900001003')
})

it("issues the code of today's activity to the admin who leads it", async () => {
  const code = await call('demo-admin', 'checkInCode', { activityId: 'demo-activity-today' })
  expect(code.code).toBeTruthy()
  const other = await stack.http('demo-member', 'activity', {
    action: 'checkInCode',
    data: { activityId: 'demo-activity-today' },
  })
  expect(other.status).toBe(403)
  const roster = await call('demo-admin', 'roster', { activityId: 'demo-activity-today' })
  expect(roster.list.filter((e: { checkInAt: string | null }) => e.checkInAt)).toHaveLength(1)
})

it('signs no persona up to anything not over yet, and pauses nobody', async () => {
  for (const p of PERSONAS) {
    const mine = await call(p.openid, 'mine', { when: 'upcoming' })
    expect({ persona: p.persona, total: mine.total }).toEqual({ persona: p.persona, total: 0 })
  }
  const volunteers = dumpDatabase(stack).volunteers as { pausedUntil: unknown }[]
  expect(volunteers.length).toBeGreaterThanOrEqual(10)
  expect(volunteers.filter((v) => v.pausedUntil)).toEqual([])
})

it('changes nothing when it runs again', async () => {
  const pick = () => {
    const dump = dumpDatabase(stack)
    return ['activities', 'signups', 'volunteers', 'service_records'].map((c) => dump[c])
  }
  const before = pick()
  await seedDemoDistrict(sdkDatabase('local'))
  expect(pick()).toEqual(before)
})

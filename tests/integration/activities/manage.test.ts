// Publishing, editing and cancelling activities, the lists, and who sees what.
import { expectEveryQueryIndexed } from '../../support/stack'
import { DAY, HOUR } from '../../support/time'
import { activityInput, activityStack, createBranch, createVolunteers, db } from './fixtures'

const t = activityStack()

const issuePaths = (res: { body: any }) =>
  (res.body.error?.issues ?? []).map((i: { path: string }) => i.path)

it('refuses bad input field by field and writes nothing', async () => {
  const before = (await db().collection('activities').where({ state: 'open' }).count()).total
  const cases: [object, string][] = [
    [{ title: '短' }, 'title'],
    [{ category: 'dance' }, 'category'],
    [{ description: '太短' }, 'description'],
    [{ place: { address: '红星路', latitude: 200, longitude: 121 } }, 'place.latitude'],
    [{ capacity: 0 }, 'capacity'],
    [{ audience: { kind: 'nobody' } }, 'audience.kind'],
    [{ startAt: '明天上午' }, 'startAt'],
    [{ repeatWeeks: 13 }, 'repeatWeeks'],
    [
      {
        startAt: new Date(Date.now() - HOUR).toISOString(),
        endAt: new Date(Date.now() + HOUR).toISOString(),
      },
      'startAt',
    ],
    [{ endAt: new Date(Date.now() + HOUR).toISOString() }, 'endAt'],
    [{ audience: { kind: 'branch', orgId: 'no-such-branch' } }, 'audience'],
    [{ leaderIds: ['no-such-volunteer'] }, 'leaderIds'],
  ]
  for (const [extra, path] of cases) {
    const res = await t.call('demo-admin', 'create', { ...activityInput(), ...extra })
    expect([res.status, issuePaths(res)]).toEqual([400, expect.arrayContaining([path])])
  }
  const after = (await db().collection('activities').where({ state: 'open' }).count()).total
  expect(after).toBe(before)
})

it('creates a weekly series led by chosen volunteers, their names masked for the public', async () => {
  const [leader] = await createVolunteers(1, '王负责')
  const res = await t.call('demo-admin', 'create', {
    ...activityInput(48),
    title: '每周敬老探访',
    category: 'elderly',
    leaderIds: [leader.userId],
    repeatWeeks: 3,
  })
  expect(res.status).toBe(200)
  const { activityId, activityIds } = res.body.data
  expect(activityIds).toHaveLength(3)
  expect(activityIds[0]).toBe(activityId)
  const docs = await Promise.all(activityIds.map(t.storedActivity))
  expect(docs.map((d) => d.seriesId)).toEqual([activityId, activityId, activityId])
  expect(Date.parse(docs[2].startAt) - Date.parse(docs[0].startAt)).toBe(14 * DAY)
  expect(docs[0].leaderNames).toEqual(['王负责1号'])
  expect(docs[0].organiser).toMatchObject({ kind: 'district', orgId: null })
  expect(new Date(docs[0].confirmBy) > new Date(docs[0].endAt)).toBe(true)

  expect((await t.get(null, activityId)).leaders).toEqual(['王***号'])
  const committee = await t.get('demo-admin', activityId)
  expect(committee.leaders).toEqual(['王负责1号'])
  expect(committee.leaderIds).toEqual([leader.userId])
  expect(committee.can).toContain('edit')
  expect((await t.get(leader.openid, activityId)).can).toContain('lead')

  const list = await t.call(null, 'list', { category: 'elderly', pageSize: 50 })
  const ids = list.body.data.list.map((a: { activityId: string }) => a.activityId)
  expect(ids).toEqual(expect.arrayContaining(activityIds))
  const starts = list.body.data.list.map((a: { startAt: string }) => a.startAt)
  expect([...starts].sort()).toEqual(starts)
  const past = await t.call(null, 'list', { when: 'past', category: 'elderly' })
  expect(past.body.data.list.map((a: { activityId: string }) => a.activityId)).not.toContain(
    activityId,
  )
})

it('an edit tells everyone what changed, moves their sign-ups, and a larger capacity promotes', async () => {
  const activityId = await t.create({ capacity: 2 })
  const people = await createVolunteers(4, '变更')
  for (const p of people) await t.signUp(p.openid, activityId)
  const input = { ...activityInput(72), capacity: 1, activityId }

  const tooSmall = await t.call('demo-admin', 'update', input)
  expect(tooSmall.status).toBe(400)
  expect(tooSmall.body.error.issues).toEqual([
    { path: 'capacity', message: '已有 2 人报名，名额不能少于 2' },
  ])
  const outsider = await t.call(people[0].openid, 'update', { ...input, capacity: 3 })
  expect(outsider.status).toBe(403)

  const res = await t.call('demo-admin', 'update', { ...input, capacity: 3 })
  expect(res.status).toBe(200)
  expect(res.body.data).toMatchObject({ capacity: 3, confirmed: 3, waitlisted: 1 })
  const stored = await t.storedActivity(activityId)
  expect(stored.confirmed).toEqual(people.slice(0, 3).map((p) => p.userId))
  expect(await t.inboxKinds(people[2].userId)).toContain('activity_promoted')
  for (const p of people) {
    expect(await t.inboxKinds(p.userId)).toContain('activity_changed')
    const s = await t.storedSignUp(activityId, p.userId)
    expect(new Date(s.startAt).toISOString()).toBe(input.startAt)
  }
  const changed = await db()
    .collection('messages')
    .where({ userId: people[3].userId, kind: 'activity_changed' })
    .get()
  expect(changed.data[0].body).toContain('名额改为 3 人')
  expect(changed.data[0].body).toContain('时间改为')
})

it('cancelling an activity drops everyone and tells them why', async () => {
  const activityId = await t.create({ capacity: 1 })
  const [a, b] = await createVolunteers(2, '取消')
  await t.signUp(a.openid, activityId)
  await t.signUp(b.openid, activityId)
  const noReason = await t.call('demo-admin', 'cancel', { activityId, reason: '' })
  expect(issuePaths(noReason)).toEqual(['reason'])
  const res = await t.call('demo-admin', 'cancel', { activityId, reason: '暴雨预警，改期另行通知' })
  expect(res.body.data).toMatchObject({
    state: 'cancelled',
    cancelReason: '暴雨预警，改期另行通知',
  })
  expect(res.body.data.can).not.toContain('edit')
  const again = await t.call('demo-admin', 'cancel', {
    activityId,
    reason: '暴雨预警，改期另行通知',
  })
  expect(again.status).toBe(200)
  for (const p of [a, b]) {
    expect((await t.storedSignUp(activityId, p.userId)).status).toBe('dropped')
    expect((await t.get(p.openid, activityId)).mine.status).toBe('dropped')
    expect((await t.inboxKinds(p.userId)).filter((k) => k === 'activity_cancelled')).toHaveLength(1)
  }
  const [late] = await createVolunteers(1, '晚到')
  const refused = await t.signUp(late.openid, activityId)
  expect(refused.body.error).toMatchObject({ code: 'CONFLICT', message: '活动已取消' })
})

it('a secretary publishes for her branch only and sees only her branches’ activities', async () => {
  const ours = await createBranch('一支部')
  const theirs = await createBranch('二支部')
  const others = await t.call(ours.secretary.openid, 'create', {
    ...activityInput(),
    audience: { kind: 'branch', orgId: theirs.orgId },
  })
  expect(others.status).toBe(400)
  expect(others.body.error.issues).toEqual([{ path: 'audience', message: '只能面向您负责的支部' }])

  const mine = await t.create({ title: '一支部文明劝导' }, ours.secretary.openid)
  const stored = await t.storedActivity(mine)
  expect(stored.organiser).toMatchObject({ kind: 'branch', orgId: ours.orgId })
  const foreign = await t.create({ title: '二支部文明劝导' }, theirs.secretary.openid)
  const committee = await t.create({ title: '党委文明劝导' })

  const queue = await t.call(ours.secretary.openid, 'queue', { view: 'all', pageSize: 50 })
  const ids = queue.body.data.list.map((a: { activityId: string }) => a.activityId)
  expect(ids).toEqual([mine])
  const upcoming = await t.call(ours.secretary.openid, 'queue', { view: 'upcoming' })
  expect(upcoming.body.data.list.map((a: { activityId: string }) => a.activityId)).toEqual([mine])
  const all = await t.call('demo-admin', 'queue', { view: 'upcoming', pageSize: 50 })
  const every = all.body.data.list.map((a: { activityId: string }) => a.activityId)
  expect(every).toEqual(expect.arrayContaining([mine, foreign, committee]))

  // Only the organising branch's secretary (or the committee) manages it.
  const edit = await t.call(theirs.secretary.openid, 'cancel', {
    activityId: mine,
    reason: '不归我管',
  })
  expect(edit.status).toBe(403)
  expect((await t.get(ours.secretary.openid, mine)).can).toContain('edit')
})

it('lists my sign-ups with where I stand', async () => {
  const [p] = await createVolunteers(1, '我的')
  const one = await t.create({ capacity: 1, title: '我的第一个活动' })
  const two = await t.create({ ...activityInput(96), capacity: 1, title: '我的第二个活动' })
  const [filler] = await createVolunteers(1, '占位')
  await t.signUp(filler.openid, two)
  await t.signUp(p.openid, one)
  await t.signUp(p.openid, two)
  const res = await t.call(p.openid, 'mine', {})
  expect(
    res.body.data.list.map((a: { activityId: string; mine: object }) => [a.activityId, a.mine]),
  ).toEqual([
    [one, expect.objectContaining({ status: 'confirmed' })],
    [two, expect.objectContaining({ status: 'waitlisted', position: 1 })],
  ])
  expect((await t.call(p.openid, 'mine', { when: 'past' })).body.data.total).toBe(0)
})

it('served every query from a declared index', () => expectEveryQueryIndexed(t.stack))

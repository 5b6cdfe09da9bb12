// Sign-up, the waitlist and promotion under concurrency, and the refusals with their reasons.
import { expectEveryQueryIndexed } from '../../support/stack'
import { DAY, HOUR } from '../../support/time'
import {
  activityStack,
  createBranch,
  createMemberVolunteer,
  createUser,
  createVolunteers,
  db,
  makeVolunteer,
} from './fixtures'

const t = activityStack()

it('5 places and 30 concurrent sign-ups: exactly 5 confirmed and 25 waitlisted at 1…25', async () => {
  const activityId = await t.create({ capacity: 5 })
  const people = await createVolunteers(30)
  const replies = await Promise.all(people.map((p) => t.signUp(p.openid, activityId)))
  expect(replies.map((r) => r.status)).toEqual(people.map(() => 200))
  const answers = replies.map((r) => r.body.data)
  expect(answers.filter((a) => a.status === 'confirmed')).toHaveLength(5)
  const positions = answers.filter((a) => a.status === 'waitlisted').map((a) => a.position)
  expect(positions.sort((x, y) => x - y)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))

  const stored = await t.storedActivity(activityId)
  expect(stored.confirmed).toHaveLength(5)
  expect(stored.waitlist).toHaveLength(25)
  expect(stored.taken).toBe(5)
  expect(stored.waiting).toBe(25)
  expect(new Set([...stored.confirmed, ...stored.waitlist]).size).toBe(30)
  // Each person's reply, their page and their stored sign-up agree with the rosters.
  for (const [i, p] of people.entries()) {
    const mine = (await t.get(p.openid, activityId)).mine
    const position = stored.waitlist.indexOf(p.userId) + 1
    if (stored.confirmed.includes(p.userId)) {
      expect(answers[i]).toEqual({ status: 'confirmed' })
      expect(mine).toMatchObject({ status: 'confirmed', position: null })
    } else {
      expect(answers[i]).toEqual({ status: 'waitlisted', position })
      expect(mine).toMatchObject({ status: 'waitlisted', position })
    }
    expect((await t.storedSignUp(activityId, p.userId)).status).toBe(mine.status)
  }
  const view = await t.get(null, activityId)
  expect(view).toMatchObject({ capacity: 5, confirmed: 5, waitlisted: 25 })
})

it('a cancel promotes position 1 at once and tells them; the canceller sees the same answer twice', async () => {
  const activityId = await t.create({ capacity: 2 })
  const [a, b, c, d] = await createVolunteers(4, '递补')
  for (const p of [a, b, c, d]) await t.signUp(p.openid, activityId)
  expect((await t.get(c.openid, activityId)).mine).toMatchObject({
    status: 'waitlisted',
    position: 1,
  })

  const first = await t.cancelSignUp(a.openid, activityId)
  expect(first.body.data).toEqual({ status: 'cancelled', late: false })
  expect((await t.get(c.openid, activityId)).mine).toMatchObject({ status: 'confirmed' })
  expect((await t.get(d.openid, activityId)).mine).toMatchObject({
    status: 'waitlisted',
    position: 1,
  })
  expect(await t.inboxKinds(c.userId)).toContain('activity_promoted')
  expect(await t.inboxKinds(d.userId)).not.toContain('activity_promoted')
  expect((await t.storedSignUp(activityId, c.userId)).promotedAt).toBeTruthy()

  const again = await t.cancelSignUp(a.openid, activityId)
  expect(again.body.data).toEqual({ status: 'cancelled', late: false })
  expect((await t.storedActivity(activityId)).confirmed).toEqual([b.userId, c.userId])
  expect((await t.get(a.openid, activityId)).mine).toMatchObject({ status: 'cancelled' })
})

it('two concurrent cancels promote positions 1 and 2 exactly once each', async () => {
  const activityId = await t.create({ capacity: 2 })
  const [a, b, c, d, e] = await createVolunteers(5, '并发')
  for (const p of [a, b, c, d, e]) await t.signUp(p.openid, activityId)
  const replies = await Promise.all([
    t.cancelSignUp(a.openid, activityId),
    t.cancelSignUp(b.openid, activityId),
  ])
  expect(replies.map((r) => r.status)).toEqual([200, 200])
  const stored = await t.storedActivity(activityId)
  expect(stored.confirmed.sort()).toEqual([c.userId, d.userId].sort())
  expect(stored.waitlist).toEqual([e.userId])
  for (const p of [c, d]) {
    const kinds = await t.inboxKinds(p.userId)
    expect(kinds.filter((k) => k === 'activity_promoted')).toHaveLength(1)
    expect((await t.storedSignUp(activityId, p.userId)).status).toBe('confirmed')
  }
  expect((await t.get(e.openid, activityId)).mine).toMatchObject({
    status: 'waitlisted',
    position: 1,
  })
})

it('concurrent cancels by the same person promote only one', async () => {
  const activityId = await t.create({ capacity: 1 })
  const [a, b, c] = await createVolunteers(3, '同人')
  for (const p of [a, b, c]) await t.signUp(p.openid, activityId)
  const replies = await Promise.all(
    Array.from({ length: 5 }, () => t.cancelSignUp(a.openid, activityId)),
  )
  for (const r of replies) expect(r.body.data).toEqual({ status: 'cancelled', late: false })
  const stored = await t.storedActivity(activityId)
  expect(stored.confirmed).toEqual([b.userId])
  expect(stored.waitlist).toEqual([c.userId])
  expect((await t.inboxKinds(b.userId)).filter((k) => k === 'activity_promoted')).toHaveLength(1)
  expect(await t.inboxKinds(c.userId)).not.toContain('activity_promoted')
})

it('the same person signing up twice at once gets one sign-up', async () => {
  const activityId = await t.create({ capacity: 3 })
  const [p] = await createVolunteers(1, '重复')
  const replies = await Promise.all(Array.from({ length: 4 }, () => t.signUp(p.openid, activityId)))
  for (const r of replies) expect(r.body.data).toEqual({ status: 'confirmed' })
  const stored = await t.storedActivity(activityId)
  expect(stored.confirmed).toEqual([p.userId])
  expect(stored.taken).toBe(1)
  expect((await t.inboxKinds(p.userId)).filter((k) => k === 'activity_signed_up')).toHaveLength(1)
})

it('refuses overlapping activities, one after the other and concurrently', async () => {
  const first = await t.create({ title: '上午敬老探访', category: 'elderly' })
  const start = Date.parse((await t.get(null, first)).startAt)
  const overlapping = await t.create({
    title: '垃圾分类宣传',
    startAt: new Date(start + HOUR).toISOString(),
    endAt: new Date(start + 3 * HOUR).toISOString(),
  })
  const after = await t.create({
    title: '下午便民服务',
    startAt: new Date(start + 2 * HOUR).toISOString(),
    endAt: new Date(start + 4 * HOUR).toISOString(),
  })
  const [p, q] = await createVolunteers(2, '重叠')
  expect((await t.signUp(p.openid, first)).status).toBe(200)
  const refused = await t.signUp(p.openid, overlapping)
  expect(refused.body.error.code).toBe('CONFLICT')
  expect(refused.body.error.message).toContain('上午敬老探访')
  expect(refused.body.error.message).toContain('时间重叠')
  // Back to back is not an overlap.
  expect((await t.signUp(p.openid, after)).body.data).toEqual({ status: 'confirmed' })

  const both = await Promise.all([t.signUp(q.openid, first), t.signUp(q.openid, overlapping)])
  expect(both.filter((r) => r.status === 200)).toHaveLength(1)
  expect(both.filter((r) => r.body.error?.code === 'CONFLICT')).toHaveLength(1)
  const held = [await t.storedActivity(first), await t.storedActivity(overlapping)].filter((a) =>
    a.confirmed.includes(q.userId),
  )
  expect(held).toHaveLength(1)
})

it('refuses outside the window, outside the audience, non-volunteers and the paused, with why', async () => {
  const [p] = await createVolunteers(1, '窗口')
  const early = await t.create({
    signUpOpensAt: new Date(Date.now() + DAY).toISOString(),
  })
  const notYet = await t.signUp(p.openid, early)
  expect(notYet.body.error).toMatchObject({ code: 'CONFLICT' })
  expect(notYet.body.error.message).toContain('报名尚未开始')
  expect((await t.get(p.openid, early)).signUpBlocked).toContain('报名尚未开始')

  const closed = await t.create({ title: '报名已截止活动' })
  await t.setActivity(closed, { signUpClosesAt: new Date(Date.now() - HOUR) })
  expect((await t.signUp(p.openid, closed)).body.error.message).toContain('报名已于')

  const membersOnly = await t.create({ title: '党员先锋岗值守', audience: { kind: 'members' } })
  const forMembers = await t.signUp(p.openid, membersOnly)
  expect(forMembers.body.error).toMatchObject({ code: 'FORBIDDEN', message: '本活动仅限党员报名' })
  const member = await createMemberVolunteer('党员志愿者')
  expect((await t.signUp(member.openid, membersOnly)).body.data.status).toBe('confirmed')

  const branch = await createBranch('巡逻支部')
  const branchOnly = await t.create({
    title: '支部专场活动',
    audience: { kind: 'branch', orgId: branch.orgId },
  })
  const other = await t.signUp(member.openid, branchOnly)
  expect(other.body.error.code).toBe('FORBIDDEN')
  expect(other.body.error.message).toContain('巡逻支部')
  const ours = await createMemberVolunteer('本支部党员', branch.orgId)
  expect((await t.signUp(ours.openid, branchOnly)).body.data.status).toBe('confirmed')

  const open = await t.create({ title: '人人可报活动' })
  const stranger = await createUser('路人甲')
  const notVolunteer = await t.signUp(stranger.openid, open)
  expect(notVolunteer.body.error).toMatchObject({ code: 'CONFLICT', message: '请先登记为志愿者' })
  expect((await t.get(stranger.openid, open)).signUpBlocked).toBe('请先登记为志愿者')

  const paused = await createUser('暂停者')
  await makeVolunteer(paused.userId, '暂停者', {
    pausedUntil: new Date('2099-01-31T00:00:00Z'),
    pauseReason: '90 天内缺席 3 次',
  })
  const refused = await t.signUp(paused.openid, open)
  expect(refused.body.error.code).toBe('CONFLICT')
  expect(refused.body.error.message).toBe('90 天内缺席 3 次，报名暂停至 2099-01-31')
  expect(await t.storedSignUp(open, paused.userId)).toBeUndefined()
})

it('records a late cancel after the cut-off, not before and not for a late promotion', async () => {
  const activityId = await t.create({ capacity: 1 })
  const [a, b, c] = await createVolunteers(3, '临时')
  for (const p of [a, b, c]) await t.signUp(p.openid, activityId)
  await t.moveActivity(activityId, 1)
  const late = await t.cancelSignUp(a.openid, activityId)
  expect(late.body.data).toEqual({ status: 'cancelled', late: true })
  expect(await t.storedSignUp(activityId, a.userId)).toMatchObject({
    status: 'cancelled',
    lateCancel: true,
  })
  // b was promoted inside the window: giving the place back is not held against them.
  expect((await t.cancelSignUp(b.openid, activityId)).body.data).toEqual({
    status: 'cancelled',
    late: false,
  })
  expect((await t.get(c.openid, activityId)).mine.status).toBe('confirmed')

  await t.moveActivity(activityId, -0.5)
  const started = await t.cancelSignUp(c.openid, activityId)
  expect(started.body.error.code).toBe('CONFLICT')
  expect(started.body.error.message).toContain('请联系负责人请假')
})

it('refuses when the places and the waitlist are both full', async () => {
  const activityId = await t.create({ capacity: 1 })
  const [p] = await createVolunteers(1, '满员')
  // As if 500 people were waiting: the stored counts are what the conditional updates match on.
  await t.setActivity(activityId, { confirmed: ['someone'], taken: 1, waiting: 500 })
  expect((await t.get(p.openid, activityId)).signUpBlocked).toBe('名额已满且候补已满')
  const refused = await t.signUp(p.openid, activityId)
  expect(refused.body.error).toMatchObject({ code: 'CONFLICT', message: '名额已满，候补也已满' })
  expect(await t.storedSignUp(activityId, p.userId)).toBeUndefined()
  expect((await t.get(null, activityId)).signUpBlocked).toBe('请先登录')
})

it('takes over a lock left by a crashed sign-up and always releases its own', async () => {
  const activityId = await t.create({ capacity: 2 })
  const [p] = await createVolunteers(1, '锁')
  const lock = `signup:${p.userId}`
  await db()
    .collection('slots')
    .add({ _id: lock, ref: 'crashed-call', createdAt: new Date(Date.now() - 2 * 60e3) })
  expect((await t.signUp(p.openid, activityId)).body.data).toEqual({ status: 'confirmed' })
  expect((await db().collection('slots').doc(lock).get()).data).toEqual([])
  await t.cancelSignUp(p.openid, activityId)
  expect((await db().collection('slots').doc(lock).get()).data).toEqual([])
})

it('served every query from a declared index', () => expectEveryQueryIndexed(t.stack))

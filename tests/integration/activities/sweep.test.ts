// The timed sweep: 24-hour reminders, no-shows marked absent and the pause after repeated absences,
// unconfirmed hours flagged, and sign-ups repaired from the rosters — each once, however often it runs.
import { expectEveryQueryIndexed } from '../../support/stack'
import { DAY, HOUR } from '../../support/time'
import { activityStack, createVolunteer, db } from './fixtures'

const t = activityStack()

const count = (kinds: string[], kind: string) => kinds.filter((k) => k === kind).length

it('3 absences pause sign-up for 30 days with the reason, told once', async () => {
  const absentee = await createVolunteer('缺席者')
  const present = await createVolunteer('到场者')
  const ids = []
  for (const day of [2, 3, 4]) {
    const id = await t.create({ title: `第${day}天巡逻`, capacity: 5 }).then(async (id) => {
      await t.moveActivity(id, day * 24)
      return id
    })
    await t.signUp(absentee.openid, id)
    await t.signUp(present.openid, id)
    ids.push(id)
  }
  // Ended more than a day ago: the leader's day to record attendance by hand is over.
  for (const [i, id] of ids.entries()) {
    await t.moveActivity(id, -(i + 1) * 5 - 26)
    await db()
      .collection('signups')
      .doc(`${id}:${present.userId}`)
      .update({
        checkInAt: new Date(Date.now() - ((i + 1) * 5 + 26) * HOUR),
        attendance: 'present',
      })
  }
  const first = await t.sweep()
  expect(first).toMatchObject({ absent: 3, paused: 1 })
  for (const id of ids) {
    expect((await t.storedSignUp(id, absentee.userId)).attendance).toBe('absent')
    expect((await t.storedSignUp(id, present.userId)).attendance).toBe('present')
    expect((await t.storedActivity(id)).absencesMarked).toBe(true)
  }
  const v = await t.storedVolunteer(absentee.userId)
  expect(v.pauseReason).toBe('90 天内缺席 3 次')
  const until = new Date(v.pausedUntil).getTime()
  expect(Math.abs(until - (Date.now() + 30 * DAY))).toBeLessThan(HOUR)
  expect((await t.storedVolunteer(present.userId)).pausedUntil).toBeNull()

  const second = await t.sweep()
  expect(second).toMatchObject({ absent: 0, paused: 0 })
  expect(count(await t.inboxKinds(absentee.userId), 'volunteer_paused')).toBe(1)

  const next = await t.create({ title: '暂停后的活动' })
  const refused = await t.signUp(absentee.openid, next)
  expect(refused.body.error.code).toBe('CONFLICT')
  expect(refused.body.error.message).toMatch(/^90 天内缺席 3 次，报名暂停至 \d{4}-\d{2}-\d{2}$/)
  expect((await t.get(absentee.openid, next)).signUpBlocked).toBe(refused.body.error.message)
  expect((await t.signUp(present.openid, next)).status).toBe(200)
})

it('reminds the confirmed a day ahead, once', async () => {
  const activityId = await t.create({ capacity: 1 })
  const [a, b] = [await createVolunteer('提醒甲'), await createVolunteer('提醒乙')]
  await t.signUp(a.openid, activityId)
  await t.signUp(b.openid, activityId)
  await t.moveActivity(activityId, 10)
  expect((await t.sweep()).reminded).toBeGreaterThanOrEqual(1)
  await t.sweep()
  expect(count(await t.inboxKinds(a.userId), 'activity_starting')).toBe(1)
  // The waitlisted are not reminded of a place they do not hold.
  expect(count(await t.inboxKinds(b.userId), 'activity_starting')).toBe(0)
})

it('flags hours unconfirmed past the deadline to the committee and the leaders, once', async () => {
  const leader = await createVolunteer('超期负责人')
  const activityId = await t.create({ leaderIds: [leader.userId] })
  await t.moveActivity(activityId, -20 * 24)
  await t.setActivity(activityId, { confirmBy: new Date(Date.now() - HOUR) })
  expect((await t.sweep()).flagged).toBeGreaterThanOrEqual(1)
  expect((await t.storedActivity(activityId)).flagged).toBe(true)
  await t.sweep()
  expect(count(await t.inboxKinds(leader.userId), 'activity_unconfirmed')).toBe(1)
  const admin = (await db().collection('users').where({ openid: 'demo-admin' }).get()).data[0]
  expect(await t.inboxKinds(admin._id)).toContain('activity_unconfirmed')
  const flagged = await t.call('demo-admin', 'queue', { view: 'flagged', pageSize: 50 })
  expect(flagged.body.data.list).toContainEqual(
    expect.objectContaining({ activityId, flagged: true, state: 'ended' }),
  )
})

it('repairs sign-ups that disagree with the rosters and sends a lost promotion notice', async () => {
  const activityId = await t.create({ capacity: 2 })
  const [a, b, c] = [
    await createVolunteer('修复甲'),
    await createVolunteer('修复乙'),
    await createVolunteer('修复丙'),
  ]
  for (const p of [a, b, c]) await t.signUp(p.openid, activityId)
  const old = new Date(Date.now() - 5 * 60e3)
  // As if b's promotion notice died with its call, c's sign-up was never written, and a's
  // cancel left the rosters before its sign-up said so.
  await t.setActivity(activityId, {
    confirmed: [b.userId, c.userId],
    waitlist: [],
    taken: 2,
    waiting: 0,
    updatedAt: old,
  })
  await db()
    .collection('signups')
    .doc(`${activityId}:${b.userId}`)
    .update({ status: 'waitlisted', updatedAt: old })
  await db().collection('signups').doc(`${activityId}:${c.userId}`).remove()
  await db().collection('signups').doc(`${activityId}:${a.userId}`).update({ updatedAt: old })

  expect((await t.sweep()).repaired).toBeGreaterThanOrEqual(3)
  expect((await t.storedSignUp(activityId, a.userId)).status).toBe('cancelled')
  expect((await t.storedSignUp(activityId, b.userId)).status).toBe('confirmed')
  expect((await t.storedSignUp(activityId, c.userId)).status).toBe('confirmed')
  expect(count(await t.inboxKinds(b.userId), 'activity_promoted')).toBe(1)
  expect((await t.sweep()).repaired).toBe(0)
})

it('runs only for the committee or the timer', async () => {
  const someone = await createVolunteer('非管理员')
  expect((await t.call(someone.openid, 'sweep', {})).status).toBe(403)
})

it('served every query from a declared index', () => expectEveryQueryIndexed(t.stack))

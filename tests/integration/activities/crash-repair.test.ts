// Crashes between an activity's write and its sign-ups' are finished: a retried cancel drops the
// sign-ups and tells the signed-up once; the sweep finishes a cancel nobody retried and retimes
// sign-ups an edit left with the old times, so the overlap check sees the truth.
import * as crash from '../../support/crash'
import { expectEveryQueryIndexed } from '../../support/stack'
import { HOUR } from '../../support/time'
import { activityInput, activityStack, createVolunteer, ok } from './fixtures'

const t = activityStack()

const told = async (userId: string) =>
  (await t.inboxKinds(userId)).filter((k) => k === 'activity_cancelled').length
/** The cancel's activity write only, as if the call died right after it, a while ago. */
const cancelWriteOnly = (activityId: string) =>
  t.setActivity(activityId, {
    state: 'cancelled',
    cancelReason: '下雨',
    updatedAt: new Date(Date.now() - 5 * 60e3),
  })

it('a retried cancel drops the sign-ups and tells once', async () => {
  const v = await createVolunteer('吴取消')
  const a1 = await t.create(activityInput(300, 2, { capacity: 5 }))
  await ok(await t.signUp(v.openid, a1))
  await cancelWriteOnly(a1)
  await ok(await t.call('demo-admin', 'cancel', { activityId: a1, reason: '下雨取消' }))
  expect((await t.storedSignUp(a1, v.userId)).status).toBe('dropped')
  await ok(await t.call('demo-admin', 'cancel', { activityId: a1, reason: '下雨取消' }))
  expect(await told(v.userId)).toBe(1)
  // The same time is free again.
  const a2 = await t.create(activityInput(300, 2, { capacity: 5, title: '同一时间的新活动' }))
  expect((await t.signUp(v.openid, a2)).status).toBe(200)
})

it('the sweep finishes a cancel nobody retried, once', async () => {
  const v = await createVolunteer('郑没人管')
  const a = await t.create(activityInput(340, 2, { capacity: 5 }))
  await ok(await t.signUp(v.openid, a))
  await cancelWriteOnly(a)
  expect((await t.sweep()).repaired).toBeGreaterThanOrEqual(1)
  expect((await t.storedSignUp(a, v.userId)).status).toBe('dropped')
  await t.sweep()
  expect(await told(v.userId)).toBe(1)
})

it('the sweep retimes sign-ups an edit left with the old times', async () => {
  const v = await createVolunteer('冯改时间')
  const a = await t.create(activityInput(380, 2, { capacity: 5 }))
  await ok(await t.signUp(v.openid, a))
  // The edit's activity write only: three hours later, the sign-up not retimed.
  const before = await t.storedActivity(a)
  const startAt = new Date(new Date(before.startAt).getTime() + 3 * HOUR)
  const endAt = new Date(new Date(before.endAt).getTime() + 3 * HOUR)
  await t.setActivity(a, { startAt, endAt, updatedAt: new Date(Date.now() - 5 * 60e3) })
  expect(await t.sweep()).toMatchObject({ repaired: 1 })
  const s = await t.storedSignUp(a, v.userId)
  expect([new Date(s.startAt).getTime(), new Date(s.endAt).getTime()]).toEqual([
    startAt.getTime(),
    endAt.getTime(),
  ])
  expect((await t.sweep()).repaired).toBe(0)
})

it('the housekeeping sweep tells the signed-up of an edit a crash cut off before its notice, once', async () => {
  const v = await createVolunteer('钱改地点')
  const a = await t.create(activityInput(420, 2, { capacity: 5 }))
  await ok(await t.signUp(v.openid, a))
  const changed = async () =>
    (await t.inboxKinds(v.userId)).filter((k) => k === 'activity_changed').length
  const edit = { ...activityInput(420, 2, { capacity: 8 }), activityId: a }
  await ok(await t.call('demo-admin', 'update', edit))
  expect(await changed()).toBe(1)
  const record = crash.recordTelling(t.stack, v.userId, 'activity_changed')
  expect(record.doneAt).toBeTruthy()

  await crash.crashedAfterWrite(t.stack, record, v.userId, ['activity_changed'])
  expect(await changed()).toBe(0)
  expect(await crash.sweep(t.stack)).toBeGreaterThanOrEqual(1)
  await crash.sweep(t.stack)
  expect(await changed()).toBe(1)
})

it('served every query from a declared index', () => expectEveryQueryIndexed(t.stack))

// The absence pause follows the leader's corrections of attendance: no-shows are marked absent a
// day after the end (time to record attendance by hand first), a pause whose absences are corrected
// away is lifted, and marking 缺席 by hand pauses (and tells) when it reaches the limit.
import * as crash from '../../support/crash'
import { expectEveryQueryIndexed } from '../../support/stack'
import { createVolunteer, db, ok, volunteerStack } from './fixtures'

const t = volunteerStack()
const HOUR_MINUTES = 60

const paused = (kinds: string[]) => kinds.filter((k) => k === 'volunteer_paused').length

it('marks no-shows a day after the end, and lifts or imposes the pause as attendance is corrected', async () => {
  const leader = await createVolunteer('李领队')
  const v = await createVolunteer('周手机坏')
  const ids: string[] = []
  for (let i = 0; i < 3; i++) ids.push(await t.checkInOpen(leader, [v], { hours: 2 }))

  // Ended 5 minutes ago: not marked yet.
  for (const id of ids) await t.travel(id, 10 + 125)
  await t.sweep()
  for (const id of ids) expect((await t.storedSignUp(id, v.userId)).attendance).toBeNull()

  // A day later: all three absent, and the third pauses her.
  for (const id of ids) await t.travel(id, 24 * HOUR_MINUTES)
  expect(await t.sweep()).toMatchObject({ absent: 3, paused: 1 })
  expect((await t.storedVolunteer(v.userId)).pausedUntil).not.toBeNull()

  // The leader: she was there, her phone was broken. One correction brings her below the limit.
  const mark = async (id: string, present: boolean) => {
    const a = await t.storedActivity(id)
    return ok(
      await t.call(leader.openid, 'attendance', {
        activityId: id,
        userId: v.userId,
        mark: present ? 'present' : 'absent',
        ...(present ? { checkInAt: new Date(a.startAt).toISOString() } : {}),
        reason: present ? '手机坏了，现场在岗' : '核实后确为缺席',
      }),
    )
  }
  await mark(ids[0], true)
  const lifted = await t.storedVolunteer(v.userId)
  expect([lifted.pausedUntil, lifted.pauseReason]).toEqual([null, null])
  // Retried: nothing changes, one audit row.
  await mark(ids[0], true)

  // Marked 缺席 again by hand: back at the limit, paused and told.
  await mark(ids[0], false)
  const again = await t.storedVolunteer(v.userId)
  expect(again.pausedUntil).not.toBeNull()
  expect(again.pauseReason).toBe('90 天内缺席 3 次')
  expect(paused(await t.inboxKinds(v.userId))).toBe(2)
  // One audit row per change made: the retry of the first wrote none.
  const audit = (await db().collection('activity_audit').where({ activityId: ids[0] }).get()).data
  expect(audit.map((r: any) => r.after.attendance)).toEqual(
    expect.arrayContaining(['present', 'absent']),
  )
  expect(audit).toHaveLength(2)
})

it('tells each volunteer a confirmation pauses, each by a record of their own', async () => {
  const leader = await createVolunteer('郑领队')
  const both = [await createVolunteer('冯没来'), await createVolunteer('陈没来')]
  for (let i = 0; i < 2; i++) {
    const id = await t.checkInOpen(leader, both, { hours: 2 })
    await t.travel(id, 10 + 125 + 24 * HOUR_MINUTES)
  }
  expect(await t.sweep()).toMatchObject({ absent: 4, paused: 0 })
  // The third no-show is marked by the leader's confirmation, one request for both.
  const third = await t.checkInOpen(leader, both, { hours: 2 })
  await t.travel(third, 10 + 125)
  const confirmed = await t.stack.http(leader.openid, 'activity', {
    action: 'confirmHours',
    data: { activityId: third },
    idempotencyKey: 'pause-both-1',
  })
  expect(confirmed.status).toBe(200)
  const records = both.map((v) => crash.recordTelling(t.stack, v.userId, 'volunteer_paused'))
  expect(records.every(Boolean)).toBe(true)
  expect(records[0]._id).not.toBe(records[1]._id)
  for (const v of both) expect(paused(await t.inboxKinds(v.userId))).toBe(1)
})

it('served every query from a declared index', () => expectEveryQueryIndexed(t.stack))

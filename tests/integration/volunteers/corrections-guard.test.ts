// Corrections kept honest: nobody decides their own, nobody is credited beyond the schedule; a
// volunteer credited 0 hours can still ask; an approval moves the roster's and the activity page's
// hours with the record's, and leaves exactly one audit row.
import { expectEveryQueryIndexed } from '../../support/stack'
import { createVolunteer, db, ok, volunteerStack } from './fixtures'

const t = volunteerStack()

it('refuses self-dealing and hours beyond the schedule; a no-show asks and is credited', async () => {
  const leader = await createVolunteer('李自己')
  const other = await createVolunteer('王没签')
  const coLeader = await createVolunteer('陈同事')
  const activityId = await t.checkInOpen(leader, [leader, other], {
    hours: 2,
    extra: { leaderIds: [leader.userId, coLeader.userId] },
  })
  await ok(await t.scan(leader, 'checkIn', activityId))
  await t.travel(activityId, 10 + 60) // an hour served, then the leader left without checking out
  const self = await t.call(leader.openid, 'attendance', {
    activityId,
    userId: leader.userId,
    mark: 'present',
    checkInAt: new Date(Date.now() - 60 * 60e3).toISOString(),
    reason: '我全程在岗',
  })
  expect(self.status).toBe(403)
  await t.travel(activityId, 65)
  await ok(await t.call(leader.openid, 'confirmHours', { activityId }))
  expect((await t.storedSignUp(activityId, other.userId)).attendance).toBe('absent')

  // The leader's own record: 2 h (no check-out counts to the end); asking for more than 2 is refused.
  const mine = `${activityId}:${leader.userId}`
  const tooMuch = await t.call(leader.openid, 'requestCorrection', {
    recordId: mine,
    hours: 24,
    reason: '实际服务更久',
  })
  expect(tooMuch.status).toBe(400)
  expect(JSON.stringify(tooMuch.body)).toContain('hours')
  await ok(
    await t.call(leader.openid, 'requestCorrection', {
      recordId: mine,
      hours: 1,
      reason: '提前走了',
    }),
  )
  const byMyself = await t.call(leader.openid, 'decideCorrection', {
    recordId: mine,
    approve: true,
  })
  expect(byMyself.status).toBe(403)
  expect(JSON.stringify(byMyself.body)).toContain('不能处理自己的更正申请')

  // The no-show, credited 0 hours, asks; the co-leader may not approve beyond the schedule.
  const before = (await t.storedVolunteer(other.userId)).totalHours ?? 0
  const theirs = `${activityId}:${other.userId}`
  const asked = await ok(
    await t.call(other.openid, 'requestCorrection', {
      recordId: theirs,
      hours: 2,
      reason: '我忘了签到但在场',
    }),
  )
  expect(asked.hours).toBe(0)
  expect((await t.storedVolunteer(other.userId)).totalHours ?? 0).toBe(before)
  // Retried: the same answer, no second record.
  expect(
    (
      await t.call(other.openid, 'requestCorrection', {
        recordId: theirs,
        hours: 2,
        reason: '我忘了签到但在场',
      })
    ).status,
  ).toBe(200)
  const beyond = await t.call(coLeader.openid, 'decideCorrection', {
    recordId: theirs,
    approve: true,
    hours: 3,
  })
  expect(beyond.status).toBe(400)
  expect(
    (
      await ok(
        await t.call(coLeader.openid, 'decideCorrection', { recordId: theirs, approve: true }),
      )
    ).hours,
  ).toBe(2)
  expect((await t.storedVolunteer(other.userId)).totalHours).toBe(before + 2)
  // The roster and the activity page follow the record.
  expect((await t.storedSignUp(activityId, other.userId)).hours).toBe(2)
  const roster = await ok(await t.call(coLeader.openid, 'roster', { activityId }))
  expect(roster.list.find((e: any) => e.userId === other.userId)?.hours).toBe(2)
  expect((await ok(await t.call(other.openid, 'get', { activityId }))).mine.hours).toBe(2)
  // One audit row of the decision, however often it is retried.
  await ok(await t.call(coLeader.openid, 'decideCorrection', { recordId: theirs, approve: true }))
  const audit = (
    await db().collection('activity_audit').where({ activityId }).limit(100).get()
  ).data.filter((r: any) => r.action === 'correction')
  expect(audit).toHaveLength(1)
  expect(audit[0]).toMatchObject({
    userId: other.userId,
    before: { hours: 0 },
    after: { hours: 2 },
  })

  // A volunteer who held no place cannot make up a record.
  const stranger = await createVolunteer('赵路人')
  expect(
    (
      await t.call(stranger.openid, 'requestCorrection', {
        recordId: `${activityId}:${stranger.userId}`,
        hours: 1,
        reason: '我也来了',
      })
    ).status,
  ).toBe(404)
})

it('served every query from a declared index', () => expectEveryQueryIndexed(t.stack))

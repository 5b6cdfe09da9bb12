// The corrections queue of a branch secretary: besides those of activities she leads, the requests
// on her branches' activities (she may decide them), and nothing of another branch's.
import { expectEveryQueryIndexed } from '../../support/stack'
import { activityInput, createBranch, createVolunteer, ok, volunteerStack } from './fixtures'

const t = volunteerStack()

it("shows a secretary her branches' activities' corrections, and not another branch's", async () => {
  const ours = await createBranch('美食街')
  const theirs = await createBranch('服装街')
  const leader = await createVolunteer('钱负责')
  const volunteer = await createVolunteer('孙志愿')
  const activityId = await t.create(
    activityInput(300, 2, { leaderIds: [leader.userId] }),
    ours.secretary.openid,
  )
  await ok(await t.signUp(volunteer.openid, activityId))
  await t.moveActivity(activityId, 10 / 60, 2)
  await ok(await t.scan(volunteer, 'checkIn', activityId))
  await t.travel(activityId, 140)
  await ok(await t.call(leader.openid, 'confirmHours', { activityId }))
  const recordId = `${activityId}:${volunteer.userId}`
  await ok(
    await t.call(volunteer.openid, 'requestCorrection', {
      recordId,
      hours: 1.5,
      reason: '最后半小时提前离开，忘了签退',
    }),
  )

  const queueOf = async (openid: string) =>
    (await ok(await t.call(openid, 'corrections', {}))).list.map((c: any) => c.recordId)
  expect(await queueOf(ours.secretary.openid)).toEqual([recordId])
  expect(await queueOf(leader.openid)).toEqual([recordId])
  expect(await queueOf('demo-admin')).toContain(recordId)
  expect(await queueOf(theirs.secretary.openid)).toEqual([])
  expect(await queueOf(volunteer.openid)).toEqual([])
  const page = await ok(await t.call(ours.secretary.openid, 'corrections', { pageSize: 1 }))
  expect(page).toMatchObject({ total: 1, page: 1 })

  const decided = await ok(
    await t.call(ours.secretary.openid, 'decideCorrection', { recordId, approve: true }),
  )
  expect(decided.hours).toBe(1.5)
  expect(await queueOf(ours.secretary.openid)).toEqual([])
  expectEveryQueryIndexed(t.stack)
})

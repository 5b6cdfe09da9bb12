// 我负责的活动: a leader lists the activities they lead, upcoming (soonest first) or ended, whether
// or not they signed up; nobody else sees them there.
import { expectEveryQueryIndexed } from '../../support/stack'
import { activityInput, activityStack, createVolunteer } from './fixtures'

const t = activityStack()

const titles = (res: { body: any }) => res.body.data.list.map((a: { title: string }) => a.title)

it('lists the activities the caller leads, upcoming and ended', async () => {
  const leader = await createVolunteer('负责人甲')
  const other = await createVolunteer('志愿者乙')
  const first = await t.create({ title: '负责的第一场活动', leaderIds: [leader.userId] })
  // Far enough apart that the activities do not overlap.
  await t.create(activityInput(96, 2, { title: '负责的第二场活动', leaderIds: [leader.userId] }))
  await t.create(activityInput(120, 2, { title: '别人负责的活动' }))

  const upcoming = await t.call(leader.openid, 'led', {})
  expect(titles(upcoming)).toEqual(['负责的第一场活动', '负责的第二场活动'])
  expect(upcoming.body.data.total).toBe(2)
  expect(titles(await t.call(other.openid, 'led', {}))).toEqual([])

  await t.moveActivity(first, -5)
  expect(titles(await t.call(leader.openid, 'led', {}))).toEqual(['负责的第二场活动'])
  expect(titles(await t.call(leader.openid, 'led', { when: 'past' }))).toEqual(['负责的第一场活动'])
  expect((await t.call(null, 'led', {})).status).toBe(401)
  expectEveryQueryIndexed(t.stack)
})

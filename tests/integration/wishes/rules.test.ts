// Rules a review found loose: impossible days, the claim cap, dispatch deadlines and answers,
// dispatching to the wisher, reviewing one's own wish, what the public reads on the timeline.
import { expectEveryQueryIndexed, startTestStack, type TestStack } from '../../support/stack'
import { VALID_WISH, createUser, storedWish, wishCalls } from './fixtures'

let stack: TestStack
let w: ReturnType<typeof wishCalls>
beforeAll(async () => {
  stack = await startTestStack()
  w = wishCalls(stack)
})
afterAll(() => stack.stop())

it('refuses days that do not exist, on the field, before anything is written', async () => {
  const wisher = await createUser('韩阿姨')
  const member = await createUser('邓师傅', ['member'])
  const bad = await w.call(wisher.openid, 'submit', { ...VALID_WISH, wantedBy: '2027-02-30' })
  expect(bad.body.error.issues).toContainEqual({ path: 'wantedBy', message: '日期不存在' })
  const wishId = await w.openWish(wisher.openid)
  const res = await w.call('demo-admin', 'dispatch', {
    wishId,
    to: { kind: 'member', userId: member.userId },
    deadline: '2026-13-01',
  })
  expect(res.status).toBe(400)
  expect(res.body.error.issues).toEqual([{ path: 'deadline', message: '日期不存在' }])
  expect(await storedWish(wishId)).toMatchObject({ status: 'open', holder: null })
})

it('served every query from a declared index', () => expectEveryQueryIndexed(stack))

import { seedDemoFeedback } from '../../../local-cloud/seed/demo-feedback'
import { expectEveryQueryIndexed, startTestStack, type TestStack } from '../../support/stack'
import { db } from './fixtures'

let stack: TestStack
beforeAll(async () => {
  stack = await startTestStack()
  const now = new Date()
  await seedDemoFeedback(db(), now)
  await seedDemoFeedback(db(), now) // re-running completes, never duplicates
})
afterAll(() => stack.stop())

it('seeds ratings (two held) and complaints in every state', async () => {
  const ratings = await db().collection('ratings').where({ status: 'public' }).count()
  expect(ratings.total).toBeGreaterThanOrEqual(50)
  const held = await stack.http('demo-admin', 'rating', { action: 'held', data: {} })
  expect(held.body.data.list.map((r: { shopName: string }) => r.shopName)).toEqual([
    '红星饺子馆',
    '红星饺子馆',
  ])
  const queue = await stack.http('demo-admin', 'complaint', { action: 'queue', data: {} })
  const states = new Set(queue.body.data.list.map((c: { status: string }) => c.status))
  expect([...states].sort()).toEqual(
    ['accepted', 'assigned', 'closed', 'handled', 'rejected', 'submitted'].sort(),
  )
  const overdue = await stack.http('demo-admin', 'complaint', {
    action: 'queue',
    data: { overdueOnly: true },
  })
  expect(overdue.body.data.list.map((c: { complaintId: string }) => c.complaintId)).toEqual([
    'demo-complaint-overdue',
  ])
})

it('gives the demo personas a loop to continue: the shopper confirms 老街口牛肉面', async () => {
  const inbox = await stack.http('demo-merchant', 'complaint', {
    action: 'forShop',
    data: { shopId: 'shop-001' },
  })
  expect(inbox.body.data.list[0]).toMatchObject({
    status: 'handled',
    merchantReply: { text: '非常抱歉，已对店员进行批评教育，欢迎您再来监督。' },
    contact: null,
  })
  const confirm = await stack.http('demo-shopper', 'complaint', {
    action: 'confirm',
    data: { complaintId: 'demo-complaint-handled', satisfied: true, rating: 5 },
  })
  expect(confirm.body.data.status).toBe('closed')
  // The seeded lock went with it.
  const again = await stack.http('demo-shopper', 'complaint', {
    action: 'file',
    data: { shopId: 'shop-001', category: 'price', description: '菜单价格与结账价格不一致。' },
  })
  expect(again.status).toBe(200)
  // The anonymous one stays anonymous to everyone but the committee.
  const anon = await stack.http('demo-admin', 'complaint', {
    action: 'get',
    data: { complaintId: 'demo-complaint-submitted' },
  })
  expect(anon.body.data).toMatchObject({ anonymous: true, complainant: '赵卫东' })
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

it("gives the merchant their shop's complaints in one state when asked", async () => {
  const inState = async (status?: string) =>
    (
      await stack.http('demo-merchant', 'complaint', {
        action: 'forShop',
        data: { shopId: 'shop-001', ...(status ? { status } : {}) },
      })
    ).body.data.list.map((c: { status: string }) => c.status)
  const all = await inState()
  expect(all.length).toBeGreaterThan(0)
  for (const status of new Set<string>(all)) {
    expect(new Set(await inState(status))).toEqual(new Set([status]))
  }
  const bad = await stack.http('demo-merchant', 'complaint', {
    action: 'forShop',
    data: { shopId: 'shop-001', status: 'lost' },
  })
  expect(bad.status).toBe(400)
  expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['status'])
})

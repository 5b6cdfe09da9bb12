import { computeIntegrity } from '../../../types/integrity'
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'
import {
  acceptAndAssign,
  BY_COMMITTEE,
  createMerchantShop,
  createShop,
  createUser,
  db,
  setComplaint,
  VALID_COMPLAINT,
} from './fixtures'

const stack = fileStack()

const call = (openid: string | null, action: string, data: object) =>
  stack.http(openid, 'complaint', { action, data })
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString()

async function fileOne(openid: string, shopId: string): Promise<string> {
  const res = await call(openid, 'file', { ...VALID_COMPLAINT, shopId })
  expect(res.status).toBe(200)
  return res.body.data.complaintId
}

it('runs the whole loop and the shop score follows the rule, with a history entry', async () => {
  const shop = await createMerchantShop()
  const shopper = await createUser('刘顾客')
  const id = await fileOne(shopper.openid, shop.shopId)

  const accepted = await call('demo-admin', 'accept', { complaintId: id, severity: 'moderate' })
  expect(accepted.body.data).toMatchObject({ status: 'accepted', severity: 'moderate' })
  const assigned = await call('demo-admin', 'assign', {
    complaintId: id,
    handler: { kind: 'merchant', name: shop.name },
    deadline: inDays(3),
  })
  expect(assigned.body.data).toMatchObject({ status: 'assigned', overdue: false })
  const replied = await call(shop.merchant.openid, 'reply', {
    complaintId: id,
    text: '非常抱歉，马上整改',
  })
  expect(replied.body.data.merchantReply.text).toBe('非常抱歉，马上整改')
  const handled = await call(shop.merchant.openid, 'handle', {
    complaintId: id,
    result: '已退还多收的钱并道歉',
    rectification: '结账时唱收唱付',
  })
  expect(handled.body.data).toMatchObject({ status: 'handled', upheld: true })
  const confirmed = await call(shopper.openid, 'confirm', {
    complaintId: id,
    satisfied: true,
    rating: 4,
    comment: '处理及时',
  })
  expect(confirmed.body.data).toMatchObject({
    status: 'closed',
    confirmation: { satisfied: true, rating: 4, comment: '处理及时' },
  })
  expect(confirmed.body.data.timeline.map((e: { action: string }) => e.action)).toEqual([
    '提交投诉',
    '受理投诉',
    '交办',
    '商户回复',
    '办理完毕',
    '确认办结（满意）',
  ])

  const doc = (await db().collection('complaints').doc(id).get()).data[0]
  const stored = (await db().collection('shops').doc(shop.shopId).get()).data[0]
  const expected = computeIntegrity(
    {
      commitments: 0,
      honours: 0,
      ratings: { count: 0, average: 0 },
      upheld: [
        { severity: 'moderate', upheldAt: new Date(doc.upheldAt), rectificationVerified: false },
      ],
      overdue: 0,
    },
    new Date(),
  )
  expect(stored.integrity).toMatchObject({ score: expected.score, level: expected.level })
  expect(stored.integrity.score).toBe(70)
  const events = (await db().collection('shop_events').where({ shopId: shop.shopId }).get()).data
  expect(events.map((e: { reason: string }) => e.reason)).toContain('投诉属实（一般）')

  // The committee verifies the rectification: the complaint now weighs half.
  const verified = await call('demo-admin', 'verifyRectification', { complaintId: id })
  expect(verified.body.data.rectificationVerified).toBe(true)
  const after = (await db().collection('shops').doc(shop.shopId).get()).data[0]
  expect(after.integrity.score).toBe(75)
  expect((await call('demo-admin', 'verifyRectification', { complaintId: id })).status).toBe(409)

  // Closed: the lock is released, so the shopper may complain about the shop again.
  expect(
    (await call(shopper.openid, 'file', { ...VALID_COMPLAINT, shopId: shop.shopId })).status,
  ).toBe(200)
})

it('refuses steps from the wrong state or by the wrong person', async () => {
  const shop = await createMerchantShop('孙老板')
  const other = await createMerchantShop('李老板')
  const shopper = await createUser('王顾客')
  const stranger = await createUser('陌生人')
  const id = await fileOne(shopper.openid, shop.shopId)

  const early = await call('demo-admin', 'assign', {
    complaintId: id,
    handler: { kind: 'merchant', name: shop.name },
    deadline: inDays(2),
  })
  expect(early.body.error).toEqual({
    code: 'CONFLICT',
    message: '只有已受理或办理中的投诉可以交办',
  })
  expect(
    (await call(shopper.openid, 'accept', { complaintId: id, severity: 'minor' })).status,
  ).toBe(403)
  await call('demo-admin', 'accept', { complaintId: id, severity: 'minor' })
  expect((await call('demo-admin', 'accept', { complaintId: id, severity: 'minor' })).status).toBe(
    409,
  )
  const past = await call('demo-admin', 'assign', {
    complaintId: id,
    handler: { kind: 'merchant', name: shop.name },
    deadline: inDays(-1),
  })
  expect(past.body.error.issues).toEqual([{ path: 'deadline', message: '办理期限须晚于现在' }])
  await call('demo-admin', 'assign', {
    complaintId: id,
    handler: { kind: 'merchant', name: shop.name },
    deadline: inDays(2),
  })

  expect(
    (await call(other.merchant.openid, 'reply', { complaintId: id, text: '与我无关' })).status,
  ).toBe(403)
  expect((await call(other.merchant.openid, 'get', { complaintId: id })).status).toBe(404)
  expect((await call(stranger.openid, 'get', { complaintId: id })).status).toBe(404)
  const result = { complaintId: id, result: '已处理完毕' }
  expect((await call(other.merchant.openid, 'handle', result)).status).toBe(403)
  expect((await call('demo-admin', 'handle', result)).body.error.message).toBe(
    '该投诉已交由商户办理',
  )
  const unfounded = await call(shop.merchant.openid, 'handle', { ...result, upheld: false })
  expect(unfounded.body.error.issues[0].path).toBe('upheld')
  expect(
    (await call(shopper.openid, 'confirm', { complaintId: id, satisfied: true, rating: 5 })).status,
  ).toBe(409)
  await call(shop.merchant.openid, 'handle', result)
  expect(
    (await call(stranger.openid, 'confirm', { complaintId: id, satisfied: true, rating: 5 }))
      .status,
  ).toBe(403)
  expect((await call(shop.merchant.openid, 'handle', result)).status).toBe(409)
})

it('lets only the committee find a department-handled complaint unfounded, leaving the score', async () => {
  const { shopId } = await createShop()
  const shopper = await createUser('赵顾客')
  const id = await fileOne(shopper.openid, shopId)
  await acceptAndAssign(call, id, 'serious', { kind: 'department', name: '市场监管所' }, inDays(5))
  const res = await call('demo-admin', 'handle', {
    complaintId: id,
    result: '经市场监管所现场检查，未发现问题',
    upheld: false,
  })
  expect(res.body.data).toMatchObject({ status: 'handled', upheld: false })
  expect(res.body.data.timeline.at(-1).note).toContain('市场监管所：')
  const shop = (await db().collection('shops').doc(shopId).get()).data[0]
  expect(shop.integrity).toMatchObject({ score: 80, level: 'green' })
})

it('sweeps: auto-closes after 7 days unconfirmed and flags overdue complaints once', async () => {
  const { shopId } = await createShop()
  const a = await createUser('甲')
  const b = await createUser('乙')
  const handledId = await fileOne(a.openid, shopId)
  await acceptAndAssign(call, handledId, 'minor', BY_COMMITTEE, inDays(1))
  await call('demo-admin', 'handle', { complaintId: handledId, result: '已督促整改' })
  const lateId = await fileOne(b.openid, shopId)
  await acceptAndAssign(call, lateId, 'minor', BY_COMMITTEE, inDays(1))
  // Time passes: set the timestamps back through the database.
  await setComplaint(handledId, { handledAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) })
  await setComplaint(lateId, { deadline: new Date(Date.now() - 3600 * 1000) })

  const first = await call('demo-admin', 'sweep', {})
  expect(first.body.data.autoClosed).toBeGreaterThanOrEqual(1)
  expect(first.body.data.newlyOverdue).toBeGreaterThanOrEqual(1)
  const closed = await call(a.openid, 'get', { complaintId: handledId })
  expect(closed.body.data.status).toBe('closed')
  expect(closed.body.data.timeline.at(-1)).toMatchObject({
    actor: '系统',
    note: '超过 7 天未确认，系统自动办结',
  })
  const late = await call('demo-admin', 'get', { complaintId: lateId })
  expect(late.body.data.overdue).toBe(true)
  const overdueQueue = await call('demo-admin', 'queue', { overdueOnly: true, pageSize: 50 })
  expect(overdueQueue.body.data.list.map((c: { complaintId: string }) => c.complaintId)).toContain(
    lateId,
  )

  const shop = (await db().collection('shops').doc(shopId).get()).data[0]
  expect(shop.integrity.level).toBe('yellow')
  expect(shop.integrity.reasons).toContain('投诉逾期未办结 1 件 −5')

  const second = await call('demo-admin', 'sweep', {})
  expect(second.body.data).toEqual({ autoClosed: 0, newlyOverdue: 0 })
  // Closed by the sweep: the complainant may file again about the shop.
  expect((await call(a.openid, 'file', { ...VALID_COMPLAINT, shopId })).status).toBe(200)
  expect((await call(a.openid, 'sweep', {})).status).toBe(403)
})

it('lists: mine, the shop inbox for its merchant only, the committee queue by status', async () => {
  const shop = await createMerchantShop('周老板')
  const shopper = await createUser('钱顾客')
  const id = await fileOne(shopper.openid, shop.shopId)
  const mine = await call(shopper.openid, 'mine', {})
  expect(mine.body.data.list.map((c: { complaintId: string }) => c.complaintId)).toEqual([id])
  const inbox = await call(shop.merchant.openid, 'forShop', { shopId: shop.shopId })
  expect(inbox.body.data.total).toBe(1)
  expect((await call('demo-merchant', 'forShop', { shopId: shop.shopId })).status).toBe(403)
  const queue = await call('demo-admin', 'queue', { status: 'submitted', pageSize: 50 })
  expect(queue.body.data.list.some((c: { complaintId: string }) => c.complaintId === id)).toBe(true)
  const all = await call('demo-admin', 'queue', {})
  expect(all.body.data.list[0].complaintId).toBe(id)
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

// A step's follow-ups (the complainant's message, the shop's integrity and card) are written with
// the step and survive a crash: the state a crash leaves (the step in, its record pending, no
// message, a stale card) is finished by the housekeeping sweep exactly once, and a retry of the
// same request finishes it too instead of answering CONFLICT.
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'
import * as crash from '../../support/crash'
import { acceptAndAssign, createMerchantShop, createUser, db, VALID_COMPLAINT } from './fixtures'

const stack = fileStack()

type Doc = crash.Doc

const call = (openid: string | null, action: string, data: object, idempotencyKey?: string) =>
  stack.http(openid, 'complaint', { action, data, ...(idempotencyKey ? { idempotencyKey } : {}) })

const all = (coll: string) => crash.allOf(stack, coll)
const messagesOf = (userId: string, kind: string) => crash.messagesOf(stack, userId, kind)
const recordAbout = (complaintId: string) =>
  all('follow_ups').filter((r) =>
    r.effects.some((e: Doc) => e.kind === 'notify' && e.notice.link.includes(complaintId)),
  )
const shopDoc = async (shopId: string) => (await db().collection('shops').doc(shopId).get()).data[0]

const sweep = () => crash.sweep(stack)

/** A complaint assigned to the committee, and its shop's card before it is handled. */
async function assignedComplaint() {
  const shop = await createMerchantShop()
  const shopper = await createUser('周顾客')
  const filed = await call(shopper.openid, 'file', { ...VALID_COMPLAINT, shopId: shop.shopId })
  const id = filed.body.data.complaintId as string
  const deadline = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString()
  await acceptAndAssign(call, id, 'moderate', { kind: 'committee', name: '商圈党委' }, deadline)
  const { _id, ...before } = await shopDoc(shop.shopId)
  void _id
  return { shop, shopper, id, before }
}

/** The committee handles complaint `id` (upheld, with `result`) under the idempotency key `key`. */
const handle = (id: string, key: string, result = '已督促整改') =>
  call('demo-admin', 'handle', { complaintId: id, result }, key)

/** The follow-up record of the step that handled complaint `id`. */
function handledRecord(id: string): Doc {
  const [record] = recordAbout(id).filter((r) =>
    r.effects.some((e: Doc) => e.notice?.kind === 'complaint_handled'),
  )
  return record
}

/** The call that answered with complaint `id` died before its reply was stored. */
const replyNeverStored = (id: string) => crash.replyNeverStored(stack, (r) => r.complaintId === id)

/** A crash right after the step's write, with the shop's card as it was before. */
async function crashAfterWrite(record: Doc, userId: string, shopId: string, before: object) {
  await crash.crashedAfterWrite(stack, record, userId, ['complaint_handled'])
  await db().collection('shops').doc(shopId).set(before)
}

it('writes the follow-up record with the step and carries it out at once', async () => {
  const { shop, shopper, id } = await assignedComplaint()
  const handled = await handle(id, 'durable-k1')
  expect(handled.body).toMatchObject({ ok: true })

  const record = handledRecord(id)
  expect(record.effects.map((e: Doc) => e.kind)).toEqual(['integrity', 'notify'])
  expect(record.doneAt).toBeTruthy()
  expect(messagesOf(shopper.userId, 'complaint_handled')).toHaveLength(1)
  expect((await shopDoc(shop.shopId)).integrity.score).toBe(70)

  // A step refused (the complaint moved on) writes no record.
  const count = all('follow_ups').length
  const again = await handle(id, 'durable-k2', '再次提交')
  expect(again.status).toBe(409)
  expect(all('follow_ups')).toHaveLength(count)
})

it('lets the sweep finish a step whose follow-ups a crash cut off, once', async () => {
  const { shop, shopper, id, before } = await assignedComplaint()
  await handle(id, 'durable-crash-1')
  const record = handledRecord(id)
  await crashAfterWrite(record, shopper.userId, shop.shopId, before)
  expect(messagesOf(shopper.userId, 'complaint_handled')).toHaveLength(0)
  expect((await shopDoc(shop.shopId)).integrity).toEqual((before as Doc).integrity)

  expect(await sweep()).toBeGreaterThanOrEqual(1)
  expect(messagesOf(shopper.userId, 'complaint_handled')).toHaveLength(1)
  const after = await shopDoc(shop.shopId)
  expect(after.integrity.score).toBe(70)
  expect(all('follow_ups').find((r) => r._id === record._id)?.doneAt).toBeTruthy()

  // A second sweep changes nothing.
  await sweep()
  expect(messagesOf(shopper.userId, 'complaint_handled')).toHaveLength(1)
  expect(await shopDoc(shop.shopId)).toEqual(after)
})

it('answers a retry of the same request by finishing its step, not with CONFLICT', async () => {
  const { shop, shopper, id, before } = await assignedComplaint()
  const first = await handle(id, 'durable-retry-1')
  expect(first.body).toMatchObject({ ok: true })
  await crashAfterWrite(handledRecord(id), shopper.userId, shop.shopId, before)
  // The first try died before its reply was stored.
  await replyNeverStored(id)

  const retry = await handle(id, 'durable-retry-1')
  expect(retry.status).toBe(200)
  expect(retry.body.data).toMatchObject({ complaintId: id, status: 'handled', upheld: true })
  expect(messagesOf(shopper.userId, 'complaint_handled')).toHaveLength(1)
  expect((await shopDoc(shop.shopId)).integrity.score).toBe(70)
  const timeline = (await db().collection('complaints').doc(id).get()).data[0].timeline
  expect(timeline.filter((e: Doc) => e.action === '办理完毕')).toHaveLength(1)
})

it('finishes a filing cut off before its notices, and a retry answers with the complaint filed', async () => {
  const shop = await createMerchantShop()
  const shopper = await createUser('吴顾客')
  const data = { ...VALID_COMPLAINT, shopId: shop.shopId }
  const first = await call(shopper.openid, 'file', data, 'durable-file-1')
  expect(first.status).toBe(200)
  const id = first.body.data.complaintId as string
  const [record] = recordAbout(id)
  expect(record.effects.map((e: Doc) => e.notice.kind)).toEqual(['complaint_new', 'complaint_new'])
  // Crash before the notices and the stored reply.
  await db().collection('follow_ups').doc(record._id).update({ doneAt: null })
  const merchantMessages = () =>
    all('messages').filter((m) => m.userId === shop.merchant.userId && m.kind === 'complaint_new')
  for (const m of merchantMessages()) await db().collection('messages').doc(m._id).remove()
  await replyNeverStored(id)

  const retry = await call(shopper.openid, 'file', data, 'durable-file-1')
  expect(retry.status).toBe(200)
  expect(retry.body.data.complaintId).toBe(id)
  expect(merchantMessages()).toHaveLength(1)
  expect(all('complaints').filter((c) => c.complainantId === shopper.userId)).toHaveLength(1)
})

it('lets the sweep finish an automatic close whose follow-ups a crash cut off, once', async () => {
  const { shop, shopper, id } = await assignedComplaint()
  await handle(id, 'durable-auto-close')
  await db()
    .collection('complaints')
    .doc(id)
    .update({ handledAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) })
  const swept = await stack.timer('complaint', 'sweep')
  expect(swept.data.autoClosed).toBe(1)
  const [record] = recordAbout(id).filter((r) =>
    r.effects.some((e: Doc) => e.notice?.kind === 'complaint_closed'),
  )
  expect(record.effects.map((e: Doc) => e.kind)).toEqual([
    'releaseComplaintLock',
    'notify',
    'integrity',
  ])

  // The crash came after the close: the lock still held, no message.
  await crash.crashedAfterWrite(stack, record, shopper.userId, ['complaint_closed'])
  await db()
    .collection('complaint_locks')
    .doc(`${shopper.userId}:${shop.shopId}`)
    .set({ complaintId: id, createdAt: new Date() })
  expect((await stack.timer('complaint', 'sweep')).data.autoClosed).toBe(0)

  expect(await sweep()).toBeGreaterThanOrEqual(1)
  expect(messagesOf(shopper.userId, 'complaint_closed')).toHaveLength(1)
  expect(all('complaint_locks').filter((l) => l.complaintId === id)).toHaveLength(0)
  await sweep()
  expect(messagesOf(shopper.userId, 'complaint_closed')).toHaveLength(1)
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

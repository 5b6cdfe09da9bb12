import { takeResourceUse } from '../../../server/repositories/resource-use'
import { shanghaiMonth } from '../../../types/shanghai-time'
import { expectEveryQueryIndexed } from '../../support/stack'
import { DAY, HOUR, MINUTE, dayIn } from '../../support/time'
import {
  createMerchantShop,
  createShop,
  createUser,
  createVerifiedMember,
  db,
  wishStack,
} from './fixtures'

const w = wishStack()

const ago = (ms: number) => new Date(Date.now() - ms)
const month = () => shanghaiMonth(new Date())

async function createResource(owner: {
  kind: 'merchant'
  shopId: string
  userId: string
  name: string
}) {
  const id = `test-resource-${Date.now()}-${Math.random().toString(16).slice(2, 8)}`
  const now = new Date()
  await db()
    .collection('resources')
    .doc(id)
    .set({
      owner,
      ownerKey: `shop:${owner.shopId}`,
      title: '免费上门维修小家电',
      category: 'living',
      description: '每月两次',
      areas: [],
      capacityPerMonth: 1,
      conditions: '',
      validUntil: dayIn(30),
      status: 'approved',
      reviewNote: null,
      usedMonth: month(),
      used: 0,
      served: 0,
      createdAt: now,
      updatedAt: now,
    })
  return id
}

it('returns an unanswered dispatch and a lapsed claim to the wall once each, flagged overdue', async () => {
  const wisher = await createUser('马阿婆')
  const shop = await createMerchantShop('秦老板')
  const member = await createVerifiedMember('许文华')
  const resourceId = await createResource({
    kind: 'merchant',
    shopId: shop.shopId,
    userId: shop.merchant.userId,
    name: shop.name,
  })

  // Approving a wish of the resource's category tells its owner; the committee is offered it.
  const dispatchedId = await w.openWish(wisher.openid)
  const told = (await db().collection('messages').where({ userId: shop.merchant.userId }).get())
    .data
  expect(told.map((m: { kind: string }) => m.kind)).toContain('resource_matched')
  const offered = await w.call('demo-admin', 'suggestions', { wishId: dispatchedId })
  expect(offered.body.data.list).toContainEqual({
    resourceId,
    title: '免费上门维修小家电',
    owner: { kind: 'merchant', name: shop.name },
    target: { kind: 'merchant', shopId: shop.shopId },
    left: 1,
  })
  const dispatched = await w.call('demo-admin', 'dispatch', {
    wishId: dispatchedId,
    to: { kind: 'merchant', shopId: shop.shopId },
    deadline: dayIn(5),
    resourceId,
  })
  expect(dispatched.body.data.resource).toEqual({ resourceId, title: '免费上门维修小家电' })
  // The resource's one use this month is taken: a second dispatch with it is refused.
  const secondId = await w.openWish(wisher.openid)
  const full = await w.call('demo-admin', 'dispatch', {
    wishId: secondId,
    to: { kind: 'merchant', shopId: shop.shopId },
    deadline: dayIn(5),
    resourceId,
  })
  expect(full.body.error.issues).toEqual([{ path: 'resourceId', message: '该资源本月名额已用完' }])

  const claimedId = await w.openWish(wisher.openid)
  expect((await w.call(member.openid, 'claim', { wishId: claimedId })).status).toBe(200)

  // 48 hours pass unanswered; the claim's deadline passes.
  await w.setWish(dispatchedId, { respondBy: ago(HOUR) })
  await w.setWish(claimedId, { deadline: ago(HOUR) })

  const [first, second] = await Promise.all([
    w.call('demo-admin', 'sweep', {}),
    w.call('demo-admin', 'sweep', {}),
  ])
  const third = await w.call('demo-admin', 'sweep', {})
  const total = (key: string) => [first, second, third].reduce((n, r) => n + r.body.data[key], 0)
  expect(total('dispatchExpired')).toBe(1)
  expect(total('claimsOverdue')).toBe(1)

  const d = await w.storedWish(dispatchedId)
  expect(d).toMatchObject({
    status: 'open',
    overdue: true,
    holder: null,
    holderKeys: [],
    resourceId: null,
  })
  expect(d.timeline.map((e: { action: string }) => e.action)).toContain('派单超时未接受')
  const resource = (await db().collection('resources').doc(resourceId).get()).data[0]
  expect(resource.used).toBe(0)

  const c = await w.storedWish(claimedId)
  expect(c).toMatchObject({ status: 'open', overdue: true, holder: null })
  expect(c.releases).toEqual([
    expect.objectContaining({ holderKey: `user:${member.userId}`, reason: '逾期未实现' }),
  ])
  // The claim's slot is free; the wisher's (the wish is still unfinished) is kept.
  const slots = (await db().collection('slots').where({ ref: claimedId }).get()).data
  expect(slots.map((s: { _id: string }) => s._id)).toEqual([
    expect.stringMatching(new RegExp(`^wish:${wisher.userId}:`)),
  ])

  // Overdue shows in the committee's queue until it is claimed again.
  const queue = await w.call('demo-admin', 'queue', { view: 'overdue' })
  expect(queue.body.data.list.map((s: { wishId: string }) => s.wishId)).toEqual(
    expect.arrayContaining([dispatchedId, claimedId]),
  )
  const again = await w.call(member.openid, 'claim', { wishId: claimedId })
  expect(again.body.data).toMatchObject({ status: 'claimed', overdue: false })
})

it('reminds once before the deadline and confirms an unanswered fulfilment after 7 days', async () => {
  const wisher = await createUser('曾爷爷')
  const member = await createVerifiedMember('彭丽')
  const dueId = await w.openWish(wisher.openid)
  await w.call(member.openid, 'claim', { wishId: dueId })
  await w.setWish(dueId, { deadline: new Date(Date.now() + 2 * HOUR) })

  const doneId = await w.openWish(wisher.openid)
  await w.call(member.openid, 'claim', { wishId: doneId })
  await w.call(member.openid, 'fulfil', { wishId: doneId, note: '已经送到家里了' })
  await w.setWish(doneId, { fulfilledAt: ago(8 * DAY) })

  const first = await w.call('demo-admin', 'sweep', {})
  const second = await w.call('demo-admin', 'sweep', {})
  expect(first.body.data.dueSoon + second.body.data.dueSoon).toBe(1)
  expect(first.body.data.autoConfirmed + second.body.data.autoConfirmed).toBe(1)
  expect(await w.storedWish(doneId)).toMatchObject({
    status: 'confirmed',
    confirmation: { auto: true, rating: null },
  })
  const inbox = (await db().collection('messages').where({ userId: member.userId }).get()).data
  expect(inbox.map((m: { kind: string }) => m.kind)).toEqual(
    expect.arrayContaining(['wish_due_soon', 'wish_confirmed']),
  )
  expect((await w.call(member.openid, 'sweep', {})).status).toBe(403)
})

it('tells a resource’s owner of the same wishes the committee is offered the resource for', async () => {
  const wisher = await createUser('窦阿姨')
  const shop = await createMerchantShop('窦老板')
  const owner = { kind: 'merchant' as const, shopId: shop.shopId, userId: shop.merchant.userId }
  const resourceId = await createResource({ ...owner, name: shop.name })
  // It serves one floor: a wish at a shop matches by the shop's floor/unit (createShop: '1 层').
  await db()
    .collection('resources')
    .doc(resourceId)
    .update({ areas: ['1 层'] })
  const { shopId } = await createShop()
  const wishId = await w.openWish(wisher.openid, { place: { kind: 'shop', shopId } })
  const offered = await w.call('demo-admin', 'suggestions', { wishId })
  expect(offered.body.data.list.map((r: { resourceId: string }) => r.resourceId)).toContain(
    resourceId,
  )
  const told = (await db().collection('messages').where({ userId: shop.merchant.userId }).get())
    .data
  expect(told.map((m: { kind: string }) => m.kind)).toContain('resource_matched')
})

it('heals a resource use taken by a dispatch that died before writing its wish', async () => {
  const wisher = await createUser('俞奶奶')
  const shop = await createMerchantShop('俞老板')
  const owner = { kind: 'merchant' as const, shopId: shop.shopId, userId: shop.merchant.userId }
  const resourceId = await createResource({ ...owner, name: shop.name })
  await db().collection('resources').doc(resourceId).update({ capacityPerMonth: 2 })
  const to = { kind: 'merchant', shopId: shop.shopId }
  const held = await w.openWish(wisher.openid)
  expect(
    (await w.call('demo-admin', 'dispatch', { wishId: held, to, deadline: dayIn(5), resourceId }))
      .status,
  ).toBe(200)
  expect(await w.storedWish(held)).toMatchObject({ resourceId, resourceMonth: month() })
  // kill -9 between taking the use and writing the wish: the take happened, nothing else did.
  expect(await takeResourceUse(db(), resourceId, month(), new Date())).toBe(true)
  const stored = async () => (await db().collection('resources').doc(resourceId).get()).data[0]

  // Within the minute it may be a dispatch still writing its wish: left alone.
  await w.call('demo-admin', 'sweep', {})
  expect(await stored()).toMatchObject({ used: 2, served: 2 })
  const next = await w.openWish(wisher.openid)
  const full = await w.call('demo-admin', 'dispatch', {
    wishId: next,
    to,
    deadline: dayIn(5),
    resourceId,
  })
  expect(full.body.error.issues).toEqual([{ path: 'resourceId', message: '该资源本月名额已用完' }])

  // A minute on, the wishes holding it (one) are the count; the dispatched wish keeps its use.
  await db()
    .collection('resources')
    .doc(resourceId)
    .update({ takenAt: ago(2 * MINUTE) })
  await w.call('demo-admin', 'sweep', {})
  expect(await stored()).toMatchObject({ used: 1, served: 1 })
  await w.call('demo-admin', 'sweep', {})
  expect(await stored()).toMatchObject({ used: 1, served: 1 })
  const again = await w.call('demo-admin', 'dispatch', {
    wishId: next,
    to,
    deadline: dayIn(5),
    resourceId,
  })
  expect(again.body.data.resource).toEqual({ resourceId, title: '免费上门维修小家电' })
})

it('served every query from a declared index', () => expectEveryQueryIndexed(w.stack))

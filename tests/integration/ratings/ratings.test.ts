import { computeIntegrity } from '../../../types/integrity'
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'
import { createShop, createUser, db } from '../complaints/fixtures'

const stack = fileStack()

const rate = (openid: string, data: object) =>
  stack.http(openid, 'rating', { action: 'rate', data })

async function storedShop(shopId: string) {
  return (await db().collection('shops').doc(shopId).get()).data[0]
}

it('a second rating in the same month replaces the first', async () => {
  const { shopId } = await createShop()
  const user = await createUser('周小川')
  const first = await rate(user.openid, { shopId, stars: 2, tags: ['态度冷淡'], text: '一般' })
  expect(first.body.data).toMatchObject({ status: 'public', replaced: false })
  const second = await rate(user.openid, { shopId, stars: 5, text: '改进很大，点赞' })
  expect(second.body.data).toEqual({
    ratingId: first.body.data.ratingId,
    status: 'public',
    replaced: true,
  })

  const docs = (await db().collection('ratings').where({ shopId }).get()).data
  expect(docs).toHaveLength(1)
  expect(docs[0]).toMatchObject({ stars: 5, tags: [], text: '改进很大，点赞', authorName: '周*川' })
  expect(new Date(docs[0].createdAt).getTime()).toBeLessThanOrEqual(
    new Date(docs[0].updatedAt).getTime(),
  )

  const mine = await stack.http(user.openid, 'rating', { action: 'mine', data: { shopId } })
  expect(mine.body.data.rating).toEqual({
    stars: 5,
    tags: [],
    text: '改进很大，点赞',
    status: 'public',
  })
})

it('counts ratings into the integrity score once there are five, with a history entry', async () => {
  const { shopId } = await createShop()
  const stars = [5, 5, 4, 5, 5]
  for (const [i, s] of stars.entries()) {
    const u = await createUser(`顾客${i}`)
    expect((await rate(u.openid, { shopId, stars: s })).status).toBe(200)
  }
  const shop = await storedShop(shopId)
  const average = Math.round((stars.reduce((a, b) => a + b) / stars.length) * 10) / 10
  const expected = computeIntegrity(
    { commitments: 0, honours: 0, ratings: { count: 5, average }, upheld: [], overdue: 0 },
    new Date(),
  )
  expect(shop.integrity.score).toBe(expected.score)
  expect(shop.ratingCount).toBe(5)
  const events = (await db().collection('shop_events').where({ shopId }).get()).data
  expect(events.some((e: { reason: string }) => e.reason === '新的顾客评价')).toBe(true)
})

it('keeps text that fails the content check private but counts the stars', async () => {
  const { shopId } = await createShop()
  const u = await createUser('吴用')
  const res = await rate(u.openid, { shopId, stars: 1, text: '加微信 138 1234 5678 有优惠' })
  expect(res.body.data.status).toBe('text_rejected')
  const abusive = await rate((await createUser('李逵')).openid, {
    shopId,
    stars: 1,
    text: '老板是王八蛋',
  })
  expect(abusive.body.data.status).toBe('text_rejected')
  const stats = await db().collection('ratings').where({ shopId, status: 'text_rejected' }).count()
  expect(stats.total).toBe(2)
})

it('holds a burst of ratings for the committee without moving the score, then settles them', async () => {
  const { shopId, name } = await createShop()
  for (let i = 0; i < 10; i++) {
    const u = await createUser(`刷分${i}`)
    expect((await rate(u.openid, { shopId, stars: 5 })).body.data.status).toBe('public')
  }
  const before = await storedShop(shopId)
  const held: string[] = []
  for (let i = 0; i < 3; i++) {
    const u = await createUser(`刷分后${i}`)
    const res = await rate(u.openid, { shopId, stars: 1, text: '很差' })
    expect(res.body.data.status).toBe('held')
    held.push(res.body.data.ratingId)
  }
  const after = await storedShop(shopId)
  expect(after.integrity.score).toBe(before.integrity.score)
  expect(after.ratingCount).toBe(10)

  const queue = await stack.http('demo-admin', 'rating', { action: 'held', data: { pageSize: 50 } })
  const mine = queue.body.data.list.filter((r: { shopId: string }) => r.shopId === shopId)
  expect(mine).toHaveLength(3)
  expect(mine[0]).toMatchObject({ shopName: name, stars: 1, text: '很差' })

  const approve = await stack.http('demo-admin', 'rating', {
    action: 'reviewHeld',
    data: { ratingId: held[0], approve: true },
  })
  expect(approve.body.data).toEqual({ ratingId: held[0], status: 'public' })
  expect((await storedShop(shopId)).ratingCount).toBe(11)

  const discard = await stack.http('demo-admin', 'rating', {
    action: 'reviewHeld',
    data: { ratingId: held[1], approve: false },
  })
  expect(discard.body.data).toEqual({ ratingId: held[1], status: 'discarded' })
  const again = await stack.http('demo-admin', 'rating', {
    action: 'reviewHeld',
    data: { ratingId: held[1], approve: true },
  })
  expect(again.body.error.code).toBe('CONFLICT')
  // Discarded, not deleted; no longer in the queue and never counted.
  const kept = (await db().collection('ratings').doc(held[1]).get()).data[0]
  expect(kept).toMatchObject({ status: 'held' })
  expect(kept.discardedAt).toBeTruthy()
  const queueAfter = await stack.http('demo-admin', 'rating', {
    action: 'held',
    data: { pageSize: 50 },
  })
  expect(
    queueAfter.body.data.list
      .filter((r: { shopId: string }) => r.shopId === shopId)
      .map((r: { ratingId: string }) => r.ratingId),
  ).toEqual([held[2]])
  expect((await storedShop(shopId)).ratingCount).toBe(11)

  const notAdmin = await stack.http('demo-shopper', 'rating', { action: 'held', data: {} })
  expect(notAdmin.status).toBe(403)
})

it('holds the burst exactly when many rate at once: 9 counted, then 20 in parallel → 1 more counted', async () => {
  const { shopId } = await createShop()
  for (let i = 0; i < 9; i++) {
    const u = await createUser(`先评${i}`)
    expect((await rate(u.openid, { shopId, stars: 4 })).body.data.status).toBe('public')
  }
  const crowd = await Promise.all(Array.from({ length: 20 }, (_, i) => createUser(`并发${i}`)))
  const replies = await Promise.all(crowd.map((u) => rate(u.openid, { shopId, stars: 1 })))
  expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200))
  const statuses = replies.map((r) => r.body.data.status)
  expect(statuses.filter((s) => s === 'public')).toHaveLength(1)
  expect(statuses.filter((s) => s === 'held')).toHaveLength(19)
  expect((await storedShop(shopId)).ratingCount).toBe(10)
  // Re-rating inside the window replaces, it does not take another place.
  const again = await rate(crowd[statuses.indexOf('held')].openid, { shopId, stars: 2 })
  expect(again.body.data.replaced).toBe(true)
  const held = (await db().collection('ratings').where({ shopId, status: 'held' }).count()).total
  expect(held).toBe(19)
})

it('refuses suspended or unknown shops and bad input', async () => {
  const { shopId } = await createShop()
  await db().collection('shops').doc(shopId).update({ status: 'suspended' })
  const u = await createUser('路人')
  expect((await rate(u.openid, { shopId, stars: 4 })).body.error.code).toBe('NOT_FOUND')
  expect((await rate(u.openid, { shopId: 'no-such-shop', stars: 4 })).status).toBe(404)
  const bad = await rate(u.openid, { shopId, stars: 6 })
  expect(bad.body.error.issues[0]).toEqual({ path: 'stars', message: '最多 5 星' })
  expect(
    (await stack.http(null, 'rating', { action: 'rate', data: { shopId, stars: 3 } })).status,
  ).toBe(401)
})

it('rates as a brand-new visitor (the user is created on first contact)', async () => {
  const { shopId } = await createShop()
  const res = await rate(`fresh-visitor-${process.pid}`, { shopId, stars: 4 })
  expect(res.body.data).toMatchObject({ status: 'public', replaced: false })
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

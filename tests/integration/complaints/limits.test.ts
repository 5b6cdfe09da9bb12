import { shanghaiDay } from '../../../types/shanghai-time'
import { COMPLAINTS_PER_DAY } from '../../../types/complaint'
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'
import { createShop, createUser, db, VALID_COMPLAINT } from './fixtures'

const stack = fileStack()

const file = (openid: string, data: object) =>
  stack.http(openid, 'complaint', { action: 'file', data: { ...VALID_COMPLAINT, ...data } })

/** A fresh person `nickname` and a fresh shop for them to complain about. */
async function complainantAndShop(nickname: string) {
  const user = await createUser(nickname)
  const { shopId } = await createShop()
  return { user, shopId }
}

it('holds the daily limit under 200 parallel complaints against 200 shops', async () => {
  const user = await createUser('连环投诉人')
  const shops: string[] = []
  for (let i = 0; i < 200; i++) shops.push((await createShop()).shopId)
  const replies = await Promise.all(shops.map((shopId) => file(user.openid, { shopId })))
  const statuses = replies.map((r) => r.status)
  expect(statuses.filter((s) => s === 200)).toHaveLength(COMPLAINTS_PER_DAY)
  expect(statuses.filter((s) => s === 429)).toHaveLength(200 - COMPLAINTS_PER_DAY)
  const limited = replies.find((r) => r.status === 429)!
  expect(limited.body.error).toEqual({
    code: 'RATE_LIMITED',
    message: '今天的投诉次数已达上限，请明天再试',
  })
  const stored = await db().collection('complaints').where({ complainantId: user.userId }).count()
  expect(stored.total).toBe(COMPLAINTS_PER_DAY)
  // The refused ones gave their shop locks back.
  const locks = await db()
    .collection('complaint_locks')
    .where({ _id: db().command.in(shops.map((s) => `${user.userId}:${s}`)) })
    .count()
  expect(locks.total).toBe(COMPLAINTS_PER_DAY)
})

it('admits one open complaint per shop under 50 parallel attempts', async () => {
  const { user, shopId } = await complainantAndShop('较真的顾客')
  const replies = await Promise.all(Array.from({ length: 50 }, () => file(user.openid, { shopId })))
  expect(replies.filter((r) => r.status === 200)).toHaveLength(1)
  const refused = replies.filter((r) => r.status !== 200)
  expect(refused.every((r) => r.body.error.code === 'CONFLICT')).toBe(true)
  expect(refused[0].body.error.message).toBe('您对该店铺已有未办结的投诉')
  const stored = await db().collection('complaints').where({ complainantId: user.userId }).count()
  expect(stored.total).toBe(1)
  // Only the complaint that was filed counts against the day's limit.
  const day = (
    await db()
      .collection('rate_limits')
      .doc(`complaint:${user.userId}:${shanghaiDay(new Date())}`)
      .get()
  ).data[0]
  expect(day.n).toBe(1)
})

it('releases the shop lock when the committee rejects the complaint', async () => {
  const { user, shopId } = await complainantAndShop('热心市民')
  const first = await file(user.openid, { shopId })
  expect((await file(user.openid, { shopId })).status).toBe(409)
  const rejected = await stack.http('demo-admin', 'complaint', {
    action: 'reject',
    data: { complaintId: first.body.data.complaintId, reason: '不属于商圈管理范围' },
  })
  expect(rejected.body.data.status).toBe('rejected')
  expect(rejected.body.data.timeline.at(-1)).toMatchObject({
    action: '不予受理',
    note: '不属于商圈管理范围',
  })
  const again = await file(user.openid, { shopId })
  expect(again.status).toBe(200)
})

it('refuses a description that fails the content check, naming the field, and takes nothing', async () => {
  const { user, shopId } = await complainantAndShop('急脾气')
  const res = await file(user.openid, { shopId, description: '老板是王八蛋，大家别来这家店了' })
  expect(res.status).toBe(400)
  expect(res.body.error.issues).toEqual([{ path: 'description', message: '内容含有不文明用语' }])
  const ok = await file(user.openid, { shopId })
  expect(ok.status).toBe(200)
})

it('refuses bad input with field errors and unknown or suspended shops', async () => {
  const { user, shopId } = await complainantAndShop('路人甲')
  const short = await file(user.openid, { shopId, description: '太差' })
  expect(short.body.error.issues[0]).toEqual({
    path: 'description',
    message: '请至少用 10 个字描述问题',
  })
  const photos = await file(user.openid, {
    shopId,
    photos: [
      'cloud://local.local-bucket/uploads/complaints/a.jpg',
      'cloud://local.local-bucket/uploads/complaints/b.jpg',
      'cloud://local.local-bucket/uploads/complaints/c.jpg',
      'cloud://local.local-bucket/uploads/complaints/d.jpg',
    ],
  })
  expect(photos.body.error.issues[0]).toEqual({ path: 'photos', message: '最多 3 张照片' })
  const phone = await file(user.openid, { shopId, contact: '12345' })
  expect(phone.body.error.issues[0].path).toBe('contact')
  expect((await file(user.openid, { shopId: 'shop-nope' })).status).toBe(404)
  await db().collection('shops').doc(shopId).update({ status: 'suspended' })
  expect((await file(user.openid, { shopId })).status).toBe(404)
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

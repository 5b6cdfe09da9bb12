// Rules a review found loose: impossible days, the claim cap, dispatch deadlines and answers,
// dispatching to the wisher, reviewing one's own wish, what the public reads on the timeline.
import { expectEveryQueryIndexed } from '../../support/stack'
import { HOUR, dayIn } from '../../support/time'
import { VALID_WISH, createBranch, createMerchantShop, createPeople, wishStack } from './fixtures'

const w = wishStack()

it('refuses days that do not exist, on the field, before anything is written', async () => {
  const { wisher, member } = await createPeople({ wisher: '韩阿姨' }, { member: '邓师傅' })
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
  expect(await w.storedWish(wishId)).toMatchObject({ status: 'open', holder: null })
})

it('checks the holder’s and wisher’s notes and shows the public none of them but the thanks', async () => {
  const { wisher, stranger, member } = await createPeople(
    { wisher: '冯奶奶', stranger: '路人甲' },
    { member: '蒋志明' },
  )
  const wishId = await w.openWish(wisher.openid)
  const PHONE_IN_TEXT = '请打 13912345678 联系我'
  const refused = { path: expect.any(String), message: '请勿在公开内容中留下电话号码' }
  await w.call(member.openid, 'claim', { wishId })
  for (const [action, field, data] of [
    ['progress', 'note', { note: PHONE_IN_TEXT }],
    ['fulfil', 'note', { note: PHONE_IN_TEXT }],
    ['release', 'reason', { reason: PHONE_IN_TEXT }],
  ] as const) {
    const res = await w.call(member.openid, action, { wishId, ...data })
    expect([action, res.body.error?.issues]).toEqual([action, [{ ...refused, path: field }]])
  }
  expect((await w.call(member.openid, 'progress', { wishId, note: '已约好周六上门' })).status).toBe(
    200,
  )
  expect((await w.call(member.openid, 'fulfil', { wishId, note: '收音机已修好送回' })).status).toBe(
    200,
  )
  const notDone = { wishId, done: false, reason: PHONE_IN_TEXT }
  expect((await w.call(wisher.openid, 'confirm', notDone)).body.error.issues).toEqual([
    { ...refused, path: 'reason' },
  ])
  notDone.reason = '天线还是断的'
  expect((await w.call(wisher.openid, 'confirm', notDone)).status).toBe(200)
  await w.call(member.openid, 'fulfil', { wishId, note: '天线也换好了' })
  const thanks = { wishId, done: true, rating: 5, thanks: '谢谢小蒋' }
  expect((await w.call(wisher.openid, 'confirm', thanks)).status).toBe(200)

  for (const openid of [stranger.openid, null]) {
    const seen = (await w.call(openid, 'get', { wishId })).body.data
    expect(seen.viewer).toBe('public')
    const noted = seen.timeline.filter((e: { note: string }) => e.note)
    expect(noted).toEqual([expect.objectContaining({ action: '确认已实现', note: '谢谢小蒋' })])
    expect(seen.fulfilment.note).toBe('')
    expect(seen.thanks).toBe('谢谢小蒋')
  }
  // The wisher still reads every note.
  const own = (await w.call(wisher.openid, 'get', { wishId })).body.data
  expect(own.timeline.map((e: { note: string }) => e.note)).toEqual(
    expect.arrayContaining(['已约好周六上门', '天线还是断的', '天线也换好了']),
  )
})

it('holds a claim slot until the wish is confirmed, not just until it is fulfilled', async () => {
  const { wisher, other, member } = await createPeople(
    { wisher: '杨阿姨', other: '朱大爷' },
    { member: '何晓东' },
  )
  const ids = await w.openWishes(wisher.openid, 3)
  for (const wishId of ids) await w.call(member.openid, 'claim', { wishId })
  await w.call(member.openid, 'fulfil', { wishId: ids[0], note: '已经帮忙办好了' })
  const fourth = await w.openWish(other.openid)
  const refused = await w.call(member.openid, 'claim', { wishId: fourth })
  expect(refused.body.error).toEqual({ code: 'CONFLICT', message: '最多同时认领 3 个未完成的心愿' })
  // "Not done" puts it back to the holder, still within the three.
  const notDone = { wishId: ids[0], done: false, reason: '还差一点没有办完' }
  expect((await w.call(wisher.openid, 'confirm', notDone)).status).toBe(200)
  expect((await w.call(member.openid, 'claim', { wishId: fourth })).status).toBe(409)
  // Confirmed: the slot is free.
  await w.call(member.openid, 'fulfil', { wishId: ids[0], note: '这次全部办好了' })
  const done = { wishId: ids[0], done: true, rating: 5 }
  expect((await w.call(wisher.openid, 'confirm', done)).status).toBe(200)
  expect((await w.call(member.openid, 'claim', { wishId: fourth })).status).toBe(200)
})

it('dispatches with a deadline after the 48 h window, never to the wisher, answered in time', async () => {
  const { wisher, member } = await createPeople({}, { wisher: '宋秀英', member: '唐建国' })
  const shop = await createMerchantShop('宋老板')
  const wishId = await w.openWish(wisher.openid)
  const toMember = { kind: 'member', userId: member.userId }
  const early = await w.call('demo-admin', 'dispatch', {
    wishId,
    to: toMember,
    deadline: dayIn(1),
  })
  expect(early.body.error.issues).toEqual([
    { path: 'deadline', message: '期限须在接受期限（48 小时）之后' },
  ])
  const self = await w.call('demo-admin', 'dispatch', {
    wishId,
    to: { kind: 'member', userId: wisher.userId },
    deadline: dayIn(5),
  })
  expect(self.body.error.issues).toEqual([{ path: 'to', message: '不能派给心愿人本人' }])
  const shopWish = await w.openWish(shop.merchant.openid)
  const ownShop = await w.call('demo-admin', 'dispatch', {
    wishId: shopWish,
    to: { kind: 'merchant', shopId: shop.shopId },
    deadline: dayIn(5),
  })
  expect(ownShop.body.error.issues).toEqual([{ path: 'to', message: '不能派给心愿人本人' }])
  expect(await w.storedWish(shopWish)).toMatchObject({ status: 'open', holder: null })

  const ok = await w.call('demo-admin', 'dispatch', { wishId, to: toMember, deadline: dayIn(2) })
  expect(ok.body.data.status).toBe('dispatched')
  // 48 hours pass before the sweep runs: a late yes is refused.
  await w.setWish(wishId, { respondBy: new Date(Date.now() - HOUR) })
  const late = await w.call(member.openid, 'respond', { wishId, accept: true })
  expect(late.body.error).toEqual({ code: 'CONFLICT', message: '派单已超过 48 小时，已退回心愿墙' })
  expect(await w.storedWish(wishId)).toMatchObject({ status: 'dispatched' })
})

it('keeps a secretary from reviewing her own wish, and drafts to their writer', async () => {
  const { secretary, shop } = await createBranch('自审支部')
  const atShop = { place: { kind: 'shop', shopId: shop.shopId } }
  const own = await w.submit(secretary.openid, atShop)
  const view = await w.call(secretary.openid, 'get', { wishId: own })
  expect(view.body.data.can).not.toContain('review')
  const res = await w.call(secretary.openid, 'review', { wishId: own, decision: 'approve' })
  expect(res.body.error).toEqual({ code: 'FORBIDDEN', message: '不能审核自己的心愿' })
  expect(await w.storedWish(own)).toMatchObject({ status: 'pending' })
  // Someone else's wish at the branch's shop she may review; their draft she cannot read.
  const { resident } = await createPeople({ resident: '曹大妈' })
  const theirs = await w.submit(resident.openid, atShop)
  expect((await w.call(secretary.openid, 'get', { wishId: theirs })).body.data.can).toContain(
    'review',
  )
  const draft = await w.call(resident.openid, 'saveDraft', { title: '想学用智能手机', ...atShop })
  const draftId = draft.body.data.wishId
  expect((await w.storedWish(draftId)).branchId).toBeTruthy()
  for (const openid of [secretary.openid, 'demo-admin'])
    expect((await w.call(openid, 'get', { wishId: draftId })).status).toBe(404)
  expect((await w.call(resident.openid, 'get', { wishId: draftId })).status).toBe(200)
})

it('answers a retried state change (same idempotency key) with the first reply', async () => {
  const { wisher, member } = await createPeople({ wisher: '邹阿姨' }, { member: '潘立新' })
  const twice = async (openid: string, action: string, data: object) => {
    const idempotencyKey = `retry-${action}-${Math.random().toString(36).slice(2)}`
    const send = () => w.stack.http(openid, 'wish', { action, data, idempotencyKey })
    const first = await send()
    const again = await send()
    expect([action, again.status, again.body.data]).toEqual([action, 200, first.body.data])
    return first.body.data
  }
  const wishId = await w.submit(wisher.openid)
  await twice('demo-admin', 'review', { wishId, decision: 'approve' })
  const to = { kind: 'member', userId: member.userId }
  await twice('demo-admin', 'dispatch', { wishId, to, deadline: dayIn(5) })
  await twice(member.openid, 'respond', { wishId, accept: true })
  await twice(member.openid, 'release', { wishId, reason: '临时有事' })
  await w.call(member.openid, 'claim', { wishId })
  await twice(member.openid, 'fulfil', { wishId, note: '已经帮忙办好了' })
  const done = await twice(wisher.openid, 'confirm', { wishId, done: true, rating: 4 })
  expect(done.status).toBe('confirmed')
  const other = await w.openWish(wisher.openid)
  expect((await twice(wisher.openid, 'withdraw', { wishId: other })).status).toBe('withdrawn')
})

it('ranks the 认领榜 by confirmed wishes per holder, grouped by the database', async () => {
  const { wisher, member } = await createPeople({ wisher: '陆奶奶' }, { member: '欧阳振华' })
  const shop = await createMerchantShop('陆老板')
  const fulfilled = async (openid: string, as?: object) => {
    const wishId = await w.openWish(wisher.openid)
    await w.call(openid, 'claim', { wishId, as })
    await w.call(openid, 'fulfil', { wishId, note: '已经帮忙办好了' })
    await w.call(wisher.openid, 'confirm', { wishId, done: true, rating: 5 })
  }
  await fulfilled(member.openid)
  await fulfilled(member.openid)
  await fulfilled(member.openid)
  await fulfilled(shop.merchant.openid, { kind: 'merchant', shopId: shop.shopId })
  type Row = { rank: number; holder: { kind: string; name: string }; fulfilled: number }
  const members: Row[] = (await w.call(null, 'board', { kind: 'member', limit: 50 })).body.data.list
  expect(members).toContainEqual({
    rank: expect.any(Number),
    holder: { kind: 'member', name: '欧**华' },
    fulfilled: 3,
  })
  expect(members.every((r) => r.holder.kind === 'member')).toBe(true)
  expect(members.map((r) => r.rank)).toEqual(members.map((_, i) => i + 1))
  const counts = members.map((r) => r.fulfilled)
  expect(counts).toEqual([...counts].sort((a, b) => b - a))
  const merchants = (await w.call(null, 'board', { kind: 'merchant', limit: 50 })).body.data.list
  expect(merchants).toContainEqual(
    expect.objectContaining({ holder: { kind: 'merchant', name: shop.name }, fulfilled: 1 }),
  )
  const top: Row[] = (await w.call(null, 'board', { limit: 1 })).body.data.list
  expect(top).toHaveLength(1)
  expect(top[0].fulfilled).toBeGreaterThanOrEqual(3)
})

it('served every query from a declared index', () => expectEveryQueryIndexed(w.stack))

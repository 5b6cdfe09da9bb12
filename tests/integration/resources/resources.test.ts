// 资源清单 through the local stack: who may offer what on whose behalf, the committee's review with
// its notice, what the public list shows, and who may see, list and withdraw an offer.
import { API } from '../../../types/api'
import { DEMO_SHOPS } from '../../../local-cloud/seed/demo-district'
import { createMerchantShop, createUser } from '../complaints/fixtures'
import * as crash from '../../support/crash'
import { dumpDatabase, expectEveryQueryIndexed, fileStack } from '../../support/stack'
import { resourceInput } from './fixtures'
import { dayIn } from '../../support/time'
import { DEMO_CALLERS, expectRolesRefused } from '../../support/access'

const stack = fileStack()

const MEMBER = 'demo-member'
const MERCHANT = 'demo-merchant'
const SECRETARY = 'demo-secretary'
const ADMIN = 'demo-admin'
const SHOPPER = 'demo-shopper'
const OWN_SHOP = DEMO_SHOPS[0]
const OWN_BRANCH = 'org-food-street'
/** The capacities an offer is made in: one's own, the merchant's shop, the secretary's branch. */
const AS_MEMBER = { kind: 'member' }
const AS_OWN_SHOP = { kind: 'merchant', shopId: OWN_SHOP._id }
const AS_OWN_BRANCH = { kind: 'branch', orgId: OWN_BRANCH }

const call = (openid: string | null, action: string, data: object = {}) =>
  stack.http(openid, 'resource', { action, data })

async function publish(openid: string, as: object, overrides: object = {}): Promise<string> {
  const res = await call(openid, 'publish', resourceInput(as, overrides))
  expect(res.body).toMatchObject({ ok: true })
  return res.body.data.resourceId
}

const ids = (res: { body: any }) =>
  res.body.data.list.map((r: { resourceId: string }) => r.resourceId)
const issues = (res: { body: any }) => res.body.error?.issues?.map((i: { path: string }) => i.path)

it('publishes as a member, for the merchant’s own shop and for the secretary’s own branch, waiting for review', async () => {
  const asMember = await publish(MEMBER, AS_MEMBER)
  const asShop = await publish(MERCHANT, AS_OWN_SHOP)
  const asBranch = await publish(SECRETARY, AS_OWN_BRANCH)

  const member = await call(MEMBER, 'get', { resourceId: asMember })
  expect(member.body.data).toMatchObject({
    status: 'pending',
    owner: { kind: 'member', name: '陈*燕' },
    usedThisMonth: 0,
    served: 0,
    reviewNote: null,
  })
  expect((await call(MERCHANT, 'get', { resourceId: asShop })).body.data.owner).toEqual({
    kind: 'merchant',
    name: OWN_SHOP.name,
  })
  expect((await call(SECRETARY, 'get', { resourceId: asBranch })).body.data.owner).toEqual({
    kind: 'branch',
    name: '美食街党支部',
  })
  // Stored with its owner key, as the wish's holder keys name holders.
  const stored = dumpDatabase(stack).resources as { _id: string; ownerKey: string }[]
  const keyOf = (id: string) => stored.find((r) => r._id === id)?.ownerKey
  expect([keyOf(asMember), keyOf(asShop), keyOf(asBranch)]).toEqual([
    'user:user-member',
    `shop:${OWN_SHOP._id}`,
    `org:${OWN_BRANCH}`,
  ])

  // Not public until approved: others are told it does not exist.
  expect((await call(SHOPPER, 'get', { resourceId: asMember })).status).toBe(404)
  expect((await call(null, 'get', { resourceId: asMember })).status).toBe(404)
  expect((await call(MERCHANT, 'get', { resourceId: asMember })).status).toBe(404)
  expect((await call(ADMIN, 'get', { resourceId: asMember })).status).toBe(200)
  expect(ids(await call(null, 'list', { pageSize: 50 }))).not.toContain(asMember)
})

it('refuses offers on behalf of a shop or a branch the caller does not run, and callers with no capacity', async () => {
  const other = await createMerchantShop('韩老板')
  const forgedShop = await call(
    MERCHANT,
    'publish',
    resourceInput({ kind: 'merchant', shopId: other.shopId }),
  )
  expect(forgedShop.status).toBe(400)
  expect(issues(forgedShop)).toEqual(['as.shopId'])
  const forgedOrg = await call(
    SECRETARY,
    'publish',
    resourceInput({ kind: 'branch', orgId: 'org-digital' }),
  )
  expect(issues(forgedOrg)).toEqual(['as.orgId'])
  // A member who runs no shop cannot offer for one.
  const memberAsShop = await call(MEMBER, 'publish', resourceInput(AS_OWN_SHOP))
  expect(issues(memberAsShop)).toEqual(['as.shopId'])
  // A merchant who is not a verified member cannot offer as a member.
  expect((await call(other.merchant.openid, 'publish', resourceInput(AS_MEMBER))).status).toBe(403)

  const shopper = await call(SHOPPER, 'publish', resourceInput(AS_MEMBER))
  expect(shopper.status).toBe(403)
  expect((await call(null, 'publish', resourceInput(AS_MEMBER))).status).toBe(401)
  // Nothing was written for the shop it was forged for.
  const owners = (dumpDatabase(stack).resources as { ownerKey: string }[]).map((r) => r.ownerKey)
  expect(owners).not.toContain(`shop:${other.shopId}`)
})

it('names the field of every bad input', async () => {
  const as = AS_MEMBER
  const cases: [object, string][] = [
    [{ title: '短' }, 'title'],
    [{ category: 'party' }, 'category'],
    [{ description: '太短' }, 'description'],
    [{ capacityPerMonth: 0 }, 'capacityPerMonth'],
    [{ capacityPerMonth: 1.5 }, 'capacityPerMonth'],
    [{ areas: ['东'] }, 'areas.0'],
    [{ validUntil: dayIn(-1) }, 'validUntil'],
    [{ validUntil: '2031-02-30' }, 'validUntil'],
    [{ validUntil: '明天' }, 'validUntil'],
    [{ as: { kind: 'boss' } }, 'as.kind'],
    [{ as: { kind: 'merchant' } }, 'as.shopId'],
    // The content check names the field it refused.
    [{ description: '每周六下午提供赌博场地，欢迎大家来玩。' }, 'description'],
    [{ title: '代开发票服务' }, 'title'],
    [{ conditions: '请联系 13812345678' }, 'conditions'],
  ]
  for (const [overrides, path] of cases) {
    const res = await call(MEMBER, 'publish', resourceInput(as, overrides))
    expect({ overrides, status: res.status, paths: issues(res) }).toEqual({
      overrides,
      status: 400,
      paths: [path],
    })
  }
  // Today is still valid.
  expect((await call(MEMBER, 'publish', resourceInput(as, { validUntil: dayIn(0) }))).status).toBe(
    200,
  )
})

it('reviews: approve or reject once, with a notice in the owner’s inbox', async () => {
  const approved = await publish(MERCHANT, AS_OWN_SHOP)
  const rejected = await publish(SECRETARY, AS_OWN_BRANCH)

  const yes = await call(ADMIN, 'review', { resourceId: approved, decision: 'approve' })
  expect(yes.body.data).toMatchObject({ status: 'approved', reviewNote: null })
  const noReason = await call(ADMIN, 'review', { resourceId: rejected, decision: 'reject' })
  expect(issues(noReason)).toEqual(['reason'])
  const no = await call(ADMIN, 'review', {
    resourceId: rejected,
    decision: 'reject',
    reason: '服务内容与本支部职责不符',
  })
  expect(no.body.data).toMatchObject({ status: 'rejected', reviewNote: '服务内容与本支部职责不符' })
  // Only once: a second review of either conflicts.
  expect(
    (await call(ADMIN, 'review', { resourceId: approved, decision: 'reject', reason: '改主意了' }))
      .status,
  ).toBe(409)
  expect(
    (await call(ADMIN, 'review', { resourceId: 'no-such-resource', decision: 'approve' })).status,
  ).toBe(404)

  const inbox = async (openid: string) =>
    (await stack.http(openid, 'inbox', { action: 'list', data: {} })).body.data.list as {
      kind: string
      title: string
      body: string
      link: string
    }[]
  const merchantNews = (await inbox(MERCHANT)).filter((m) => m.kind === 'resource_reviewed')
  expect(merchantNews[0]).toMatchObject({
    title: '您发布的资源已通过审核',
    link: '/wish/pages/resources/index',
  })
  const secretaryNews = (await inbox(SECRETARY)).filter((m) => m.kind === 'resource_reviewed')
  expect(secretaryNews[0].title).toBe('您发布的资源未通过审核')
  expect(secretaryNews[0].body).toContain('服务内容与本支部职责不符')
  // Nobody else heard of it.
  expect((await inbox(MEMBER)).filter((m) => m.kind === 'resource_reviewed')).toEqual([])

  // The rejected one stays visible to its owner and the committee only.
  expect((await call(SECRETARY, 'get', { resourceId: rejected })).body.data.status).toBe('rejected')
  expect((await call(SHOPPER, 'get', { resourceId: rejected })).status).toBe(404)
  expect((await call(SHOPPER, 'get', { resourceId: approved })).body.data.status).toBe('approved')
})

it('lists only approved offers still standing, by category and title words, newest first', async () => {
  const older = await publish(MEMBER, AS_MEMBER, { title: '周末免费磨刀服务', category: 'living' })
  const newer = await publish(MEMBER, AS_MEMBER, { title: '上门免费磨剪刀', category: 'living' })
  const legal = await publish(MEMBER, AS_MEMBER, { title: '免费磨合同条款', category: 'legal' })
  const pending = await publish(MEMBER, AS_MEMBER, { title: '免费磨豆浆', category: 'living' })
  const lapsing = await publish(MEMBER, AS_MEMBER, {
    title: '今天免费磨咖啡',
    validUntil: dayIn(0),
  })
  for (const id of [older, newer, legal, lapsing])
    await call(ADMIN, 'review', { resourceId: id, decision: 'approve' })

  const all = await call(null, 'list', { keyword: '磨', pageSize: 50 })
  expect(ids(all)).toEqual([lapsing, legal, newer, older])
  expect(all.body.data.total).toBe(4)
  expect(ids(await call(SHOPPER, 'list', { keyword: '磨', category: 'living' }))).toEqual([
    lapsing,
    newer,
    older,
  ])
  expect(ids(await call(null, 'list', { keyword: '剪刀' }))).toEqual([newer])
  // The keyword is a literal, not a pattern.
  expect(ids(await call(null, 'list', { keyword: '.*' }))).toEqual([])
  const paged = await call(null, 'list', { keyword: '磨', page: 2, pageSize: 3 })
  expect(paged.body.data).toMatchObject({ total: 4, page: 2, pageSize: 3 })
  expect(ids(paged)).toEqual([older])
  expect(ids(await call(null, 'list', { keyword: '磨', pageSize: 50 }))).not.toContain(pending)

  // The seeded offers are there for everyone, the member masked; the pending one is not.
  const seeded = await call(null, 'list', { pageSize: 50 })
  expect(ids(seeded)).toEqual(
    expect.arrayContaining([
      'demo-resource-1',
      'demo-resource-2',
      'demo-resource-3',
      'demo-resource-4',
    ]),
  )
  expect(ids(seeded)).not.toContain('demo-resource-5')
  const haircut = seeded.body.data.list.find(
    (r: { resourceId: string }) => r.resourceId === 'demo-resource-1',
  )
  expect(haircut.owner).toEqual({ kind: 'member', name: '陈*燕' })
  expect(JSON.stringify(seeded.body)).not.toContain('陈晓燕')
  expect(JSON.stringify(seeded.body)).not.toContain('user-member')

  const junk = await call(null, 'list', { category: 'party', pageSize: 500 })
  expect(issues(junk)?.sort()).toEqual(['category', 'pageSize'])
})

it('lists the caller’s own offers under every capacity, and lets only the owner withdraw', async () => {
  const own = await publish(MERCHANT, AS_OWN_SHOP, { title: '本店免费打气筒' })
  const mine = await publish(MERCHANT, AS_MEMBER, { title: '个人免费修自行车' })
  const merchantMine = await call(MERCHANT, 'mine', { pageSize: 50 })
  expect(ids(merchantMine).slice(0, 2)).toEqual([mine, own])
  expect(ids(merchantMine)).toContain('demo-resource-4')
  expect(ids(await call(MEMBER, 'mine', { pageSize: 50 }))).not.toContain(own)
  expect(ids(await call(MEMBER, 'mine', { pageSize: 50 }))).toEqual(
    expect.arrayContaining(['demo-resource-1', 'demo-resource-5']),
  )

  // A stranger, another merchant or the member cannot withdraw it.
  const stranger = await createUser('路过的党员', ['member'])
  const other = await createMerchantShop('冯老板')
  for (const openid of [stranger.openid, other.merchant.openid, MEMBER, SECRETARY])
    expect((await call(openid, 'withdraw', { resourceId: own })).status).toBe(403)
  expect((await call(SHOPPER, 'withdraw', { resourceId: own })).status).toBe(403)
  expect((await call(ADMIN, 'withdraw', { resourceId: own })).status).toBe(403)

  await call(ADMIN, 'review', { resourceId: own, decision: 'approve' })
  const withdrawn = await call(MERCHANT, 'withdraw', { resourceId: own })
  expect(withdrawn.body.data.status).toBe('withdrawn')
  expect((await call(MERCHANT, 'withdraw', { resourceId: own })).status).toBe(409)
  expect(ids(await call(null, 'list', { keyword: '打气筒' }))).toEqual([])
  expect((await call(SHOPPER, 'get', { resourceId: own })).status).toBe(404)
  expect((await call(ADMIN, 'review', { resourceId: own, decision: 'approve' })).status).toBe(409)
})

it('gives the committee its queue, by status or all', async () => {
  const waiting = await publish(SECRETARY, AS_OWN_BRANCH, { title: '支部会议室借用' })
  const pending = await call(ADMIN, 'queue', { status: 'pending', pageSize: 50 })
  expect(ids(pending)[0]).toBe(waiting)
  expect(pending.body.data.list.every((r: { status: string }) => r.status === 'pending')).toBe(true)
  expect(ids(pending)).toContain('demo-resource-5')
  const all = await call(ADMIN, 'queue', { pageSize: 50 })
  expect(new Set(all.body.data.list.map((r: { status: string }) => r.status))).toEqual(
    new Set(['pending', 'approved', 'rejected', 'withdrawn']),
  )
  expect(issues(await call(ADMIN, 'queue', { status: 'gone' }))).toEqual(['status'])
})

it('publishes once however often a retry sends it', async () => {
  const body = {
    action: 'publish',
    data: resourceInput(AS_MEMBER, { title: '重试也只发布一次' }),
    idempotencyKey: 'resource-retry-1',
  }
  const replies = []
  for (let i = 0; i < 3; i++) replies.push(await stack.http(MEMBER, 'resource', body))
  expect(replies.map((r) => r.status)).toEqual([200, 200, 200])
  expect(new Set(replies.map((r) => r.body.data.resourceId)).size).toBe(1)
  const stored = (dumpDatabase(stack).resources as { title: string }[]).filter(
    (r) => r.title === '重试也只发布一次',
  )
  expect(stored).toHaveLength(1)
})

it('refuses every action to every role it is not for', async () => {
  await expectRolesRefused(API.resource, DEMO_CALLERS, call)
})

it("sends the owner a review's message once, from the housekeeping sweep, after a crash", async () => {
  const title = '免费理发一次'
  const resourceId = await publish(MEMBER, AS_MEMBER, { title })
  expect((await call(ADMIN, 'review', { resourceId, decision: 'approve' })).status).toBe(200)
  const member = crash.allOf(stack, 'users').find((u) => u.openid === MEMBER)!
  const reviewed = () =>
    crash.messagesOf(stack, member._id, 'resource_reviewed').filter((m) => m.body.includes(title))
  expect(reviewed()).toHaveLength(1)
  const record = crash
    .allOf(stack, 'follow_ups')
    .find((r) => r.effects.some((e: crash.Doc) => e.notice?.slots?.subject === title))!

  await crash.crashedAfterWrite(stack, record, member._id, [])
  await crash.removeMessages(reviewed())
  expect(reviewed()).toHaveLength(0)
  expect(await crash.sweep(stack)).toBeGreaterThanOrEqual(1)
  await crash.sweep(stack)
  expect(reviewed()).toHaveLength(1)
})

it('serves every query from an index', () => {
  expectEveryQueryIndexed(stack)
})

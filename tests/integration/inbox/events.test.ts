// Every event puts exactly one message in the inbox of each person it concerns, and none anywhere
// else; reminders go out once however often the timer runs; a merchant never learns who complained.
import {
  acceptAndAssign,
  BY_COMMITTEE,
  createMerchantShop,
  createUser,
  setComplaint,
  VALID_COMPLAINT,
} from '../complaints/fixtures'
import { dumpDatabase, expectEveryQueryIndexed, fileStack } from '../../support/stack'

const stack = fileStack()

type Message = {
  _id: string
  userId: string
  kind: string
  title: string
  body: string
  link: string
}

const complaint = (openid: string | null, action: string, data: object) =>
  stack.http(openid, 'complaint', { action, data })
const inHours = (h: number) => new Date(Date.now() + h * 3600 * 1000).toISOString()

function allMessages(): Message[] {
  return dumpDatabase(stack).messages as Message[]
}

/** The messages written while `act` ran, as `userId → kinds`. */
async function newMessages(
  act: () => Promise<unknown>,
): Promise<{ byUser: Record<string, string[]>; list: Message[] }> {
  const before = new Set(allMessages().map((m) => m._id))
  await act()
  const list = allMessages().filter((m) => !before.has(m._id))
  const byUser: Record<string, string[]> = {}
  for (const m of list) (byUser[m.userId] ??= []).push(m.kind)
  return { byUser, list }
}

async function filedComplaint() {
  const shop = await createMerchantShop('孔老板')
  const shopper = await createUser('欧阳晓峰')
  const filed = await complaint(shopper.openid, 'file', { ...VALID_COMPLAINT, shopId: shop.shopId })
  expect(filed.status).toBe(200)
  return { shop, shopper, id: filed.body.data.complaintId as string }
}

it('sends the secretary and the committee one digest a day, not one per item', async () => {
  // The seed holds 王小军's registration waiting in 美食街党支部 and two held ratings.
  const first = await newMessages(async () => {
    await Promise.all([stack.timer('inbox', 'remind'), stack.timer('inbox', 'remind')])
    await stack.timer('inbox', 'remind')
  })
  expect(first.byUser['user-secretary']).toEqual(['registrations_waiting'])
  expect(first.byUser['user-admin']).toEqual(['ratings_held'])
  const digest = first.list.find((m) => m.kind === 'registrations_waiting')!
  expect(digest).toMatchObject({
    title: '有 1 条党员登记待审核',
    link: '/admin/pages/members/index',
  })
})

it('tells the shop’s merchant and the committee of a new complaint, never who filed it', async () => {
  let shop!: Awaited<ReturnType<typeof filedComplaint>>['shop']
  let shopper!: Awaited<ReturnType<typeof filedComplaint>>['shopper']
  const { byUser, list } = await newMessages(
    async () => ({ shop, shopper } = await filedComplaint()),
  )
  expect(byUser).toEqual({
    [shop.merchant.userId]: ['complaint_new'],
    'user-admin': ['complaint_new'],
  })
  const toMerchant = list.find((m) => m.userId === shop.merchant.userId)!
  expect(toMerchant.title).toBe('您的店铺收到一条新投诉')
  expect(toMerchant.link).toBe(`/merchant/pages/complaints/index?shopId=${shop.shopId}`)
  // What the merchant reads (random ids are left out: hex can look like a phone number).
  const shown = [toMerchant.title, toMerchant.body, toMerchant.link].join(' ')
  expect(shown).not.toMatch(/欧阳|晓峰|1[3-9]\d{9}|openid/)
  expect(shopper).toBeTruthy()
})

it('follows the complainant through accepted, assigned, handled; the merchant hears of the assignment', async () => {
  const { shop, shopper, id } = await filedComplaint()
  const accepted = await newMessages(() =>
    complaint('demo-admin', 'accept', { complaintId: id, severity: 'minor' }),
  )
  expect(accepted.byUser).toEqual({ [shopper.userId]: ['complaint_accepted'] })
  expect(accepted.list[0]).toMatchObject({
    title: '您的投诉已受理',
    link: `/shopper/pages/complaint/index?id=${id}`,
  })
  expect(accepted.list[0].body).toMatch(/^您对「.+」的投诉已受理/)

  const assigned = await newMessages(() =>
    complaint('demo-admin', 'assign', {
      complaintId: id,
      handler: { kind: 'merchant', name: shop.name },
      deadline: inHours(72),
    }),
  )
  expect(assigned.byUser).toEqual({
    [shopper.userId]: ['complaint_assigned'],
    [shop.merchant.userId]: ['complaint_assigned'],
  })
  const handled = await newMessages(() =>
    complaint(shop.merchant.openid, 'handle', {
      complaintId: id,
      result: '已退还多收的五元并道歉',
      rectification: '',
      upheld: true,
    }),
  )
  expect(handled.byUser).toEqual({ [shopper.userId]: ['complaint_handled'] })
  expect(handled.list[0].body).toContain('请在 7 天内确认并评价')
  // The complainant closing it themselves needs no message.
  const confirmed = await newMessages(() =>
    complaint(shopper.openid, 'confirm', {
      complaintId: id,
      satisfied: true,
      rating: 5,
      comment: '',
    }),
  )
  expect(confirmed.byUser).toEqual({})
})

it('tells the complainant why a complaint is not accepted', async () => {
  const { shopper, id } = await filedComplaint()
  const rejected = await newMessages(() =>
    complaint('demo-admin', 'reject', { complaintId: id, reason: '不属于商圈管理范围' }),
  )
  expect(rejected.byUser).toEqual({ [shopper.userId]: ['complaint_rejected'] })
  expect(rejected.list[0].body).toContain('不属于商圈管理范围')
})

it('reminds the handler once of a deadline a day away, however often and concurrently the timer runs', async () => {
  const { shop, id } = await filedComplaint()
  await acceptAndAssign(complaint, id, 'minor', { kind: 'merchant', name: shop.name }, inHours(12))
  const reminded = await newMessages(async () => {
    await Promise.all([stack.timer('inbox', 'remind'), stack.timer('inbox', 'remind')])
    await stack.timer('inbox', 'remind')
  })
  expect(reminded.byUser[shop.merchant.userId]).toEqual(['complaint_due_soon'])
  expect(reminded.list.filter((m) => m.kind === 'complaint_due_soon')).toHaveLength(1)
})

it('tells the handler once when a deadline passes, and the complainant when it closes unconfirmed', async () => {
  const { shop, shopper, id } = await filedComplaint()
  await acceptAndAssign(complaint, id, 'minor', BY_COMMITTEE, inHours(1))
  await setComplaint(id, { deadline: new Date(Date.now() - 3600_000) })
  const overdue = await newMessages(async () => {
    await Promise.all([stack.timer('complaint', 'sweep'), stack.timer('complaint', 'sweep')])
  })
  expect(overdue.list.filter((m) => m.kind === 'complaint_overdue').map((m) => m.userId)).toEqual([
    'user-admin',
  ])
  expect(overdue.byUser[shop.merchant.userId]).toBeUndefined()

  await complaint('demo-admin', 'handle', {
    complaintId: id,
    result: '已督促整改',
    rectification: '',
    upheld: true,
  })
  await setComplaint(id, { handledAt: new Date(Date.now() - 8 * 24 * 3600_000) })
  const closed = await newMessages(() => stack.timer('complaint', 'sweep'))
  expect(closed.byUser).toEqual({ [shopper.userId]: ['complaint_closed'] })
})

it('tells a member of approval, rejection with the reason, and revocation', async () => {
  const form = {
    realName: '岳明亮',
    gender: '男',
    phone: '13812348888',
    joinedOn: '2012-07-01',
    standing: 'full',
    recordOrg: '泰安市泰山区财源街道党工委',
    transferred: true,
    floating: false,
    workShopId: 'shop-001',
    post: '厨师',
    consent: true,
  }
  const member = (action: string, data: object = {}) =>
    stack.http('inbox-member', 'member', { action, data })
  await member('submit', form)
  const userId = (
    await stack.http('demo-admin', 'member', { action: 'queue', data: { q: '13812348888' } })
  ).body.data.list[0].userId
  const rejected = await newMessages(() =>
    stack.http('demo-admin', 'member', {
      action: 'reject',
      data: { userId, reason: '请补充组织关系转接证明' },
    }),
  )
  expect(rejected.byUser).toEqual({ [userId]: ['registration_rejected'] })
  expect(rejected.list[0].body).toBe('退回原因：请补充组织关系转接证明。请修改后重新提交。')
  await member('submit', form)
  const approved = await newMessages(() =>
    stack.http('demo-admin', 'member', { action: 'approve', data: { userId } }),
  )
  expect(approved.byUser).toEqual({ [userId]: ['registration_approved'] })
  expect(approved.list[0].body).toContain('编入美食街党支部')
  const revoked = await newMessages(() =>
    stack.http('demo-admin', 'member', {
      action: 'revoke',
      data: { userId, reason: '组织关系已转出' },
    }),
  )
  expect(revoked.byUser).toEqual({ [userId]: ['registration_revoked'] })
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

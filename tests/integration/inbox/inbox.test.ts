// A person's inbox: only their own messages, newest first, with the unread count; marking read;
// which kinds are pushed to WeChat; consents to subscribe messages, one message each, and what is
// pushed landing in the local outbox exactly as WeChat would receive it.
import { handlerNotice } from '../../../server/domain/notices'
import { notify } from '../../../server/domain/notify'
import { appServices } from '../../../server/kernel/services'
import type { MessageSender } from '../../../server/services/subscribe-message'
import { createMerchantShop, createUser, db, VALID_COMPLAINT } from '../complaints/fixtures'
import { dumpDatabase, fileStack } from '../../support/stack'

const stack = fileStack()

const inbox = (openid: string | null, action: string, data: object = {}) =>
  stack.http(openid, 'inbox', { action, data })

/** A merchant whose shop receives `n` complaints: `n` messages in their inbox. */
async function merchantWithMessages(n: number) {
  const shop = await createMerchantShop('林老板')
  for (let i = 0; i < n; i++) {
    const shopper = await createUser(`顾客${i}`)
    await stack.http(shopper.openid, 'complaint', {
      action: 'file',
      data: { ...VALID_COMPLAINT, shopId: shop.shopId },
    })
  }
  return shop
}

it('lists only the caller’s own messages, newest first, with the unread count', async () => {
  const shop = await merchantWithMessages(3)
  const page = await inbox(shop.merchant.openid, 'list', { pageSize: 2 })
  expect(page.body.data).toMatchObject({ total: 3, page: 1, pageSize: 2, unread: 3 })
  expect(page.body.data.list).toHaveLength(2)
  const [a, b] = page.body.data.list
  expect(new Date(a.createdAt).getTime()).toBeGreaterThanOrEqual(new Date(b.createdAt).getTime())
  expect(Object.keys(a).sort()).toEqual(
    ['body', 'createdAt', 'kind', 'link', 'messageId', 'readAt', 'title'].sort(),
  )
  const stranger = await createUser('路人')
  expect((await inbox(stranger.openid, 'list')).body.data).toMatchObject({ total: 0, unread: 0 })
  expect((await inbox(null, 'list')).status).toBe(401)
})

it('marks one or all read, only the caller’s own', async () => {
  const shop = await merchantWithMessages(3)
  const { list } = (await inbox(shop.merchant.openid, 'list')).body.data
  const other = await createUser('别人')
  const forged = await inbox(other.openid, 'read', { messageIds: [list[0].messageId] })
  expect(forged.body.data).toEqual({ marked: 0, unread: 0 })

  const one = await inbox(shop.merchant.openid, 'read', { messageIds: [list[0].messageId] })
  expect(one.body.data).toEqual({ marked: 1, unread: 2 })
  const unreadOnly = await inbox(shop.merchant.openid, 'list', { unreadOnly: true })
  expect(unreadOnly.body.data.list.map((m: { messageId: string }) => m.messageId)).not.toContain(
    list[0].messageId,
  )
  const all = await inbox(shop.merchant.openid, 'read', {})
  expect(all.body.data).toEqual({ marked: 2, unread: 0 })
  const again = (await inbox(shop.merchant.openid, 'list')).body.data.list
  expect(again.every((m: { readAt: string | null }) => m.readAt !== null)).toBe(true)
})

it('refuses bad read and preference input with the field named', async () => {
  const user = await createUser('乱填')
  const cases: [string, object, string][] = [
    ['read', { messageIds: [] }, 'messageIds'],
    ['read', { messageIds: ['a'], all: true }, 'messageIds'],
    ['read', { all: false }, 'all'],
    ['setPreferences', { muted: ['no_such_kind'] }, 'muted.0'],
    ['setPreferences', { muted: ['registration_revoked'] }, 'muted.0'],
    ['subscribe', { results: {} }, 'results'],
    ['subscribe', { results: { 'not-a-template': 'accept' } }, 'results.not-a-template'],
    ['subscribe', { results: { 'local-complaint-new': 'maybe' } }, 'results.local-complaint-new'],
  ]
  for (const [action, data, field] of cases) {
    const res = await inbox(user.openid, action, data)
    expect({ action, data, status: res.status }).toEqual({ action, data, status: 400 })
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(field)
  }
})

it('pushes one subscribe message per consent, exactly as WeChat would receive it', async () => {
  const shop = await createMerchantShop('罗老板')
  const prefs = (await inbox(shop.merchant.openid, 'preferences')).body.data.list
  const newComplaint = prefs.find((p: { kind: string }) => p.kind === 'complaint_new')
  expect(newComplaint).toMatchObject({ enabled: true, mandatory: false })
  const template = newComplaint.templateId as string
  const sub = await inbox(shop.merchant.openid, 'subscribe', {
    results: { [template]: 'accept', 'local-complaint-accepted': 'reject' },
  })
  expect(sub.body.data).toEqual({ recorded: 1 })

  for (const name of ['第一位顾客', '第二位顾客']) {
    const shopper = await createUser(name)
    await stack.http(shopper.openid, 'complaint', {
      action: 'file',
      data: { ...VALID_COMPLAINT, shopId: shop.shopId },
    })
  }
  const dump = dumpDatabase(stack)
  const mine = (dump.messages as { userId: string; push: { status: string } }[]).filter(
    (m) => m.userId === shop.merchant.userId,
  )
  expect(mine.map((m) => m.push.status).sort()).toEqual(['no_consent', 'sent'])
  const sent = (
    dump.outbox as { touser: string; template_id: string; page: string; data: object }[]
  ).filter((o) => o.touser === shop.merchant.openid)
  expect(sent).toHaveLength(1)
  expect(sent[0]).toMatchObject({
    template_id: template,
    page: `merchant/pages/complaints/index?shopId=${shop.shopId}`,
    data: {
      thing1: { value: expect.any(String) },
      phrase2: { value: '待受理' },
      time3: { value: expect.stringMatching(/^\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}$/) },
      thing4: { value: '请查看并及时回复' },
    },
  })
  const thing1 = (sent[0].data as { thing1: { value: string } }).thing1.value
  expect(Array.from(thing1).length).toBeLessThanOrEqual(20)
})

it('keeps a muted kind in the inbox but does not push it; revocation cannot be muted', async () => {
  const shop = await createMerchantShop('秦老板')
  const set = await inbox(shop.merchant.openid, 'setPreferences', { muted: ['complaint_new'] })
  expect(set.body.data.list.find((p: { kind: string }) => p.kind === 'complaint_new').enabled).toBe(
    false,
  )
  expect(
    set.body.data.list.find((p: { kind: string }) => p.kind === 'registration_revoked'),
  ).toMatchObject({ enabled: true, mandatory: true })
  await inbox(shop.merchant.openid, 'subscribe', { results: { 'local-complaint-new': 'accept' } })
  const shopper = await createUser('静音测试顾客')
  await stack.http(shopper.openid, 'complaint', {
    action: 'file',
    data: { ...VALID_COMPLAINT, shopId: shop.shopId },
  })
  const list = (await inbox(shop.merchant.openid, 'list')).body.data
  expect(list.total).toBe(1)
  const stored = (
    dumpDatabase(stack).messages as { userId: string; push: { status: string } }[]
  ).find((m) => m.userId === shop.merchant.userId)
  expect(stored?.push.status).toBe('muted')
})

it('records a failed or refused push on the message and never fails the action', async () => {
  const shop = await createMerchantShop('唐老板')
  const merchant = shop.merchant
  await inbox(merchant.openid, 'subscribe', { results: { 'local-complaint-overdue': 'accept' } })
  await inbox(merchant.openid, 'subscribe', { results: { 'local-complaint-overdue': 'accept' } })
  const doc = {
    _id: 'c-push-test',
    shopId: shop.shopId,
    shopName: shop.name,
    handler: { kind: 'merchant' as const, name: shop.name },
    deadline: new Date(),
  }
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => {})
  const throwing: MessageSender = {
    send: async () => {
      throw new Error('network down')
    },
  }
  const refusing: MessageSender = {
    send: async () => ({ status: 'refused', error: '43101 user refuse to accept the msg' }),
  }
  for (const messages of [throwing, refusing]) {
    const ctx = { db: db(), now: () => new Date(), services: { ...appServices(), messages } }
    await expect(
      notify(ctx, [merchant.userId], handlerNotice(doc as never, 'overdue', new Date())),
    ).resolves.toBeUndefined()
  }
  quiet.mockRestore()
  const pushes = (
    dumpDatabase(stack).messages as { userId: string; push: { status: string; error?: string } }[]
  )
    .filter((m) => m.userId === merchant.userId)
    .map((m) => m.push)
  expect(pushes).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ status: 'failed', error: 'network down' }),
      expect.objectContaining({ status: 'refused', error: '43101 user refuse to accept the msg' }),
    ]),
  )
})

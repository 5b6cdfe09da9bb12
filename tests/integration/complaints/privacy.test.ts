import { dumpDatabase, fileStack } from '../../support/stack'
import { createMerchantShop, createUser, VALID_COMPLAINT } from './fixtures'

const stack = fileStack()

const PHONE = /1[3-9]\d{9}/
const call = (openid: string | null, fn: string, action: string, data: object) =>
  stack.http(openid, fn, { action, data })

it('never shows an anonymous complainant to the merchant or the public', async () => {
  const shop = await createMerchantShop('吴老板')
  const nickname = '欧阳秘密'
  const complainant = await createUser(nickname)
  const contact = '13912345678'
  const secrets = [nickname, '欧阳', '欧**密', complainant.userId, complainant.openid, contact]

  const filed = await call(complainant.openid, 'complaint', 'file', {
    ...VALID_COMPLAINT,
    shopId: shop.shopId,
    contact,
    anonymous: true,
  })
  const id = filed.body.data.complaintId
  // The complainant sees their own, contact masked.
  expect(filed.body.data).toMatchObject({
    anonymous: true,
    contact: '139****5678',
    complainant: '欧**密',
  })

  await call('demo-admin', 'complaint', 'accept', { complaintId: id, severity: 'minor' })
  await call('demo-admin', 'complaint', 'assign', {
    complaintId: id,
    handler: { kind: 'merchant', name: shop.name },
    deadline: new Date(Date.now() + 86400000).toISOString(),
  })

  const m = shop.merchant.openid
  const merchantReplies = [
    await call(m, 'complaint', 'forShop', { shopId: shop.shopId }),
    await call(m, 'complaint', 'get', { complaintId: id }),
    await call(m, 'complaint', 'reply', { complaintId: id, text: '抱歉，我们会改进' }),
    await call(m, 'complaint', 'handle', { complaintId: id, result: '已整改并向顾客致歉' }),
    await call(m, 'complaint', 'get', { complaintId: id }),
  ]
  const publicReplies = [
    await call(null, 'shop', 'get', { shopId: shop.shopId }),
    await call(null, 'shop', 'list', { pageSize: 50 }),
    await call(null, 'complaint', 'get', { complaintId: id }),
    await call((await createUser('路人乙')).openid, 'complaint', 'get', { complaintId: id }),
  ]
  for (const reply of merchantReplies) {
    expect(reply.status).toBe(200)
    const text = JSON.stringify(reply.body)
    for (const secret of secrets) expect(text).not.toContain(secret)
    expect(text).not.toMatch(PHONE)
  }
  const view = merchantReplies[1].body.data
  expect(view).toMatchObject({ anonymous: true, complainant: null, contact: null })
  expect(
    view.timeline.every((e: { actor: string }) =>
      ['投诉人', '商户', '商圈党委', '系统'].includes(e.actor),
    ),
  ).toBe(true)
  expect(publicReplies.map((r) => r.status)).toEqual([200, 200, 401, 404])
  for (const reply of publicReplies) {
    const text = JSON.stringify(reply.body)
    for (const secret of secrets) expect(text).not.toContain(secret)
    expect(text).not.toMatch(PHONE)
    expect(text).not.toMatch(/openid|demo-|test-openid/)
  }

  // The committee still knows who complained, with the full contact and the internal note.
  const committee = await call('demo-admin', 'complaint', 'get', { complaintId: id })
  expect(committee.body.data).toMatchObject({ complainant: nickname, contact })
  expect(
    committee.body.data.timeline.some((e: { note: string }) => e.note.includes(nickname)),
  ).toBe(true)
})

it('shows the merchant no trace of a named complainant, and never the contact', async () => {
  const shop = await createMerchantShop('郑老板')
  const complainant = await createUser('司马光明')
  const filed = await call(complainant.openid, 'complaint', 'file', {
    ...VALID_COMPLAINT,
    shopId: shop.shopId,
    contact: '13600001234',
  })
  const view = await call(shop.merchant.openid, 'complaint', 'get', {
    complaintId: filed.body.data.complaintId,
  })
  expect(view.body.data).toMatchObject({ complainant: null, contact: null })
  expect(JSON.stringify(view.body)).not.toMatch(
    /13600001234|司马光明|司\*\*明|test-openid|test-user/,
  )
  // In a small shop a masked nickname is enough to recognise a regular: not in the list either.
  const list = await call(shop.merchant.openid, 'complaint', 'forShop', { shopId: shop.shopId })
  expect(JSON.stringify(list.body)).not.toMatch(/司马光明|司\*\*明/)
  // The committee still sees who complained and how to reach them; the phone is stored encrypted.
  const committee = await call('demo-admin', 'complaint', 'get', {
    complaintId: filed.body.data.complaintId,
  })
  expect(committee.body.data).toMatchObject({ complainant: '司马光明', contact: '13600001234' })
  expect(JSON.stringify(dumpDatabase(stack).complaints)).not.toContain('13600001234')
})

it('keeps phone numbers and openids out of the seeded shop pages', async () => {
  for (const shopId of ['shop-001', 'shop-002']) {
    const card = await call(null, 'shop', 'get', { shopId })
    expect(card.status).toBe(200)
    expect(JSON.stringify(card.body)).not.toMatch(PHONE)
    expect(JSON.stringify(card.body)).not.toMatch(/demo-(shopper|member|merchant|admin)|openid/)
  }
})

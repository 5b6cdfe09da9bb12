// What a shopper gets: the list with honours and stars, and the card by id or by signed code.
import { computeIntegrity } from '../../../types/integrity'
import { sdkDatabase } from '../../support/local-endpoint'
import { expectEveryQueryIndexed, startTestStack, type TestStack } from '../../support/stack'

let stack: TestStack
let code: string
beforeAll(async () => {
  stack = await startTestStack()
  code = (await stack.http('demo-admin', 'shop', { action: 'code', data: { shopId: 'shop-001' } }))
    .body.data.code
})
afterAll(() => stack.stop())

it('filters the public list by honour and shows stars and level', async () => {
  const { body } = await stack.http(null, 'shop', {
    action: 'list',
    data: { honour: '党员示范店', pageSize: 50 },
  })
  expect(body.data.list.map((s: { shopId: string }) => s.shopId).sort()).toEqual([
    'shop-001',
    'shop-011',
    'shop-021',
    'shop-051',
  ])
  for (const s of body.data.list) {
    expect(s.honours).toContain('党员示范店')
    expect(s.stars).toBeGreaterThanOrEqual(1)
    expect(['green', 'yellow', 'red']).toContain(s.level)
  }
})

it('opens the same card by id and by scanning the signed code, in one call each', async () => {
  const byId = await stack.http(null, 'shop', { action: 'get', data: { shopId: 'shop-001' } })
  const before = stack.endpoint.operations
  const byCode = await stack.http(null, 'shop', { action: 'scan', data: { code } })
  expect(byCode.body).toEqual(byId.body)
  expect(stack.endpoint.operations - before).toBe(1)
  const card = byCode.body.data
  expect(card).toMatchObject({ name: '老街口牛肉面', address: expect.any(String) })
  expect(card.honours.map((h: { honour: string }) => h.honour)).toEqual([
    '党员示范店',
    '星级党员商户',
  ])
  expect(card.members).toContainEqual({ maskedName: '张*明', post: '店主' })
  expect(card.ratings.count).toBe(
    card.ratings.distribution.reduce((a: number, b: number) => a + b, 0),
  )
})

it('looks up no user for a public read: a signed-in scan is one read and creates no one', async () => {
  const ops = async (call: () => Promise<unknown>) => {
    const before = stack.endpoint.operations
    await call()
    return stack.endpoint.operations - before
  }
  const scan = { action: 'scan', data: { code } }
  const reply = await stack.weapp('scan-first-contact', 'shop', scan)
  expect(reply.ok).toBe(true)
  expect(await ops(() => stack.weapp('scan-first-contact', 'shop', scan))).toBe(1)
  expect(await ops(() => stack.http('demo-admin', 'shop', scan))).toBe(1)
  const users = await sdkDatabase('local')
    .collection('users')
    .where({ openid: 'scan-first-contact' })
    .count()
  expect(users.total).toBe(0)
  const list = { action: 'list', data: { pageSize: 10 } }
  expect(await ops(() => stack.weapp('demo-shopper', 'shop', list))).toBe(
    await ops(() => stack.weapp(null, 'shop', list)),
  )
})

it('shows the stored integrity, which follows the rule for the shop’s record', async () => {
  const card = (await stack.http(null, 'shop', { action: 'get', data: { shopId: 'shop-011' } }))
    .body.data
  const db = sdkDatabase('local')
  const shop = (await db.collection('shops').doc('shop-011').get()).data[0]
  expect(card.integrity.score).toBe(shop.integrity.score)
  const expected = computeIntegrity(
    {
      commitments: shop.commitments.length,
      honours: shop.honours.length,
      ratings: { count: card.ratings.count, average: card.ratings.average },
      upheld: [],
      overdue: 0,
    },
    new Date(),
  )
  // shop-011 has no upheld or overdue complaints in the demo data
  expect(card.integrity.score).toBe(expected.score)
})

it('never shows a phone number, an openid, a licence or a contact name to the public', async () => {
  for (const shopId of ['shop-001', 'shop-002', 'shop-004', 'shop-011']) {
    const text = JSON.stringify(
      (await stack.http(null, 'shop', { action: 'get', data: { shopId } })).body,
    )
    expect(text).not.toMatch(/1[3-9]\d{9}/)
    expect(text).not.toMatch(/demo-|openid|licence|contact|merchantIds|user-/)
  }
  const list = JSON.stringify(
    (await stack.http(null, 'shop', { action: 'list', data: { pageSize: 50 } })).body,
  )
  expect(list).not.toMatch(/1[3-9]\d{9}|demo-|openid/)
})

it('refuses forged and edited codes with a field error, and hides suspended shops', async () => {
  const forged = [
    code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A'),
    `2${code.slice(1)}`,
    'garbage',
    code.toLowerCase(),
  ]
  for (let i = 0; i < 46; i++) forged.push(`1ABCDEFG${String(i).padStart(2, '0')}${'x'.repeat(14)}`)
  for (const bad of forged) {
    const res = await stack.http(null, 'shop', { action: 'scan', data: { code: bad } })
    expect(res.status).toBe(400)
    expect(res.body.error.issues).toEqual([{ path: 'code', message: '二维码无效或已被篡改' }])
  }
  await stack.http('demo-admin', 'shop', {
    action: 'setStatus',
    data: { shopId: 'shop-001', status: 'suspended', reason: '停业整顿' },
  })
  expect((await stack.http(null, 'shop', { action: 'scan', data: { code } })).status).toBe(404)
  await stack.http('demo-admin', 'shop', {
    action: 'setStatus',
    data: { shopId: 'shop-001', status: 'open', reason: '整改完成' },
  })
  expect((await stack.http(null, 'shop', { action: 'scan', data: { code } })).status).toBe(200)
})

it('gives the code as a URL and a QR image to the committee and the shop’s merchant only', async () => {
  const mine = await stack.http('demo-merchant', 'shop', {
    action: 'code',
    data: { shopId: 'shop-001' },
  })
  expect(mine.body.data.url).toContain(`#/pages/shop/index?code=${mine.body.data.code}`)
  expect(mine.body.data.imageDataUrl).toMatch(/^data:image\/png;base64,/)
  const other = await stack.http('demo-merchant', 'shop', {
    action: 'code',
    data: { shopId: 'shop-002' },
  })
  expect(other.status).toBe(403)
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

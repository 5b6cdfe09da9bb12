// The committee manages shops; a merchant claims one with a one-time code and manages its profile.
import { writeShopSheet } from '../../../server/services/shop-sheet'
import { sdkDatabase } from '../../support/local-endpoint'
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'

const stack = fileStack()

const NEW_SHOP = {
  name: '晨曦书店',
  category: '其他',
  address: '红星路 88 号',
  floorUnit: '1 层 108 室',
  licenceNo: '91370100MA3C4D5E6F',
  contactName: '孙老板',
  contactPhone: '13912345678',
}

it('creates a shop with field errors for bad input and a conflict for a known licence', async () => {
  const bad = await stack.http('demo-admin', 'shop', {
    action: 'create',
    data: { ...NEW_SHOP, contactPhone: '12345', category: '军火' },
  })
  expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
    'category',
    'contactPhone',
  ])

  const created = await stack.http('demo-admin', 'shop', { action: 'create', data: NEW_SHOP })
  expect(created.status).toBe(200)
  const again = await stack.http('demo-admin', 'shop', {
    action: 'create',
    data: { ...NEW_SHOP, name: '别的店' },
  })
  expect(again.body.error.issues).toEqual([{ path: 'licenceNo', message: '该营业执照号已登记' }])

  const found = await stack.http(null, 'shop', { action: 'list', data: { keyword: '晨曦' } })
  expect(found.body.data.list).toEqual([
    expect.objectContaining({ shopId: created.body.data.shopId, stars: 4, level: 'green' }),
  ])
  expect(
    (await stack.http('demo-merchant', 'shop', { action: 'create', data: NEW_SHOP })).status,
  ).toBe(403)
})

it('edits and suspends a shop, recording the reason in its history', async () => {
  await stack.http('demo-admin', 'shop', {
    action: 'update',
    data: { shopId: 'shop-003', hours: '10:00-22:00', name: '阿婆糖水铺（总店）' },
  })
  const suspend = await stack.http('demo-admin', 'shop', {
    action: 'setStatus',
    data: { shopId: 'shop-003', status: 'suspended', reason: '装修停业' },
  })
  expect(suspend.status).toBe(200)
  expect(
    (await stack.http(null, 'shop', { action: 'get', data: { shopId: 'shop-003' } })).status,
  ).toBe(404)
  const admin = await stack.http('demo-admin', 'shop', {
    action: 'adminList',
    data: { status: 'suspended' },
  })
  expect(admin.body.data.list.map((s: { name: string }) => s.name)).toContain('阿婆糖水铺（总店）')
  const history = await stack.http('demo-admin', 'shop', {
    action: 'history',
    data: { shopId: 'shop-003' },
  })
  expect(history.body.data.list[0].reason).toBe('停业：装修停业')
  const twice = await stack.http('demo-admin', 'shop', {
    action: 'setStatus',
    data: { shopId: 'shop-003', status: 'suspended', reason: '再次' },
  })
  expect(twice.body.error.code).toBe('CONFLICT')
})

it('imports a sheet row by row and reports what it refused and why', async () => {
  const good = (n: number) => ({
    ...NEW_SHOP,
    name: `导入店铺${n}`,
    licenceNo: `91370100MA00000${n}XY`,
  })
  const sheet = await writeShopSheet([
    good(1),
    good(2),
    good(3),
    { ...good(4), contactPhone: '5551234' },
    { ...good(5), licenceNo: good(1).licenceNo },
  ])
  const res = await stack.http('demo-admin', 'shop', {
    action: 'importSheet',
    data: { fileName: 'shops.xlsx', contentBase64: sheet.toString('base64') },
  })
  expect(res.body.data).toMatchObject({ created: 3, refused: 2 })
  const refused = res.body.data.rows.filter((r: { ok: boolean }) => !r.ok)
  expect(refused).toEqual([
    {
      row: 5,
      ok: false,
      name: '导入店铺4',
      errors: [{ field: '联系电话', message: '手机号格式不正确' }],
    },
    {
      row: 6,
      ok: false,
      name: '导入店铺5',
      errors: [{ field: '营业执照号', message: '与第 2 行的营业执照号重复' }],
    },
  ])
  const list = await stack.http(null, 'shop', { action: 'list', data: { keyword: '导入店铺' } })
  expect(list.body.data.total).toBe(3)

  const junk = await stack.http('demo-admin', 'shop', {
    action: 'importSheet',
    data: { fileName: 'x.xlsx', contentBase64: Buffer.from('not a sheet').toString('base64') },
  })
  expect(junk.body.error.issues).toEqual([
    { path: 'contentBase64', message: '文件不是有效的 Excel 表格' },
  ])
})

it('lets exactly one of two racing people claim a shop with a one-time code', async () => {
  const issued = await stack.http('demo-admin', 'shop', {
    action: 'issueClaimCode',
    data: { shopId: 'shop-012' },
  })
  const { code } = issued.body.data
  expect(code).toMatch(/^[A-Z2-9]{8}$/)
  const [a, b] = await Promise.all([
    stack.http('claimer-a', 'shop', { action: 'claim', data: { code } }),
    stack.http('claimer-b', 'shop', { action: 'claim', data: { code } }),
  ])
  expect([a.status, b.status].sort()).toEqual([200, 400])
  const winner = a.status === 200 ? 'claimer-a' : 'claimer-b'
  const me = await stack.http(winner, 'user', { action: 'me' })
  expect(me.body.data.roles).toContain('merchant')
  expect(me.body.data.shopIds).toEqual(['shop-012'])
  const mine = await stack.http(winner, 'shop', { action: 'mine' })
  expect(mine.body.data.list.map((s: { name: string }) => s.name)).toEqual(['童趣童装'])
  const reuse = await stack.http('claimer-c', 'shop', { action: 'claim', data: { code } })
  expect(reuse.body.error.issues[0].path).toBe('code')
})

it('completes a claim whole or not at all: a failure part-way leaves the code usable', async () => {
  const issued = await stack.http('demo-admin', 'shop', {
    action: 'issueClaimCode',
    data: { shopId: 'shop-013' },
  })
  const { code } = issued.body.data
  // The database fails the write that makes the claimer a merchant, once.
  const handle = stack.endpoint.handle.bind(stack.endpoint)
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => {})
  let failed = false
  stack.endpoint.handle = async (params, env) => {
    const p = params as { action?: string; collectionName?: string }
    if (!failed && p.action === 'database.modifyDocument' && p.collectionName === 'users') {
      failed = true
      return { code: 'DATABASE_REQUEST_FAILED', message: 'injected failure', requestId: 'test' }
    }
    return handle(params, env)
  }
  try {
    const first = await stack.http('claimer-crash', 'shop', { action: 'claim', data: { code } })
    expect(failed).toBe(true)
    expect(first.status).toBe(500)
  } finally {
    stack.endpoint.handle = handle
    quiet.mockRestore()
  }
  const stored = (await sdkDatabase('local').collection('shops').doc('shop-013').get()).data[0]
  expect(stored.merchantIds ?? []).not.toContain(expect.stringMatching(/.+/))
  const retry = await stack.http('claimer-crash', 'shop', { action: 'claim', data: { code } })
  expect(retry.status).toBe(200)
  const me = await stack.http('claimer-crash', 'user', { action: 'me' })
  expect(me.body.data).toMatchObject({
    roles: expect.arrayContaining(['merchant']),
    shopIds: ['shop-013'],
  })
  const shop = (await sdkDatabase('local').collection('shops').doc('shop-013').get()).data[0]
  expect(shop.merchantIds).toHaveLength(1)
})

it('limits claim attempts per person per day, so codes cannot be guessed', async () => {
  const statuses: number[] = []
  for (let i = 0; i < 12; i++) {
    const guess = `ZZZZZZ${String(i).padStart(2, '0')}`
    statuses.push(
      (await stack.http('guesser', 'shop', { action: 'claim', data: { code: guess } })).status,
    )
  }
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400))
  expect(statuses.slice(10)).toEqual([429, 429])
  const another = await stack.http('not-a-guesser', 'shop', {
    action: 'claim',
    data: { code: 'ZZZZZZ99' },
  })
  expect(another.status).toBe(400)
})

it('keeps both of two honours awarded at the same moment, and awards one honour once', async () => {
  const award = (honour: string) =>
    stack.http('demo-admin', 'shop', {
      action: 'awardHonour',
      data: { shopId: 'shop-014', honour, criteria: ['诚信经营'] },
    })
  const both = await Promise.all([award('党员示范店'), award('星级党员商户')])
  expect(both.map((r) => r.status)).toEqual([200, 200])
  const twice = await Promise.all([award('党员先锋岗'), award('党员先锋岗')])
  expect(twice.map((r) => r.status).sort()).toEqual([200, 409])
  const shop = (await sdkDatabase('local').collection('shops').doc('shop-014').get()).data[0]
  expect([...shop.honours].sort()).toEqual(['党员先锋岗', '党员示范店', '星级党员商户'].sort())
  expect(shop.honourDetails).toHaveLength(3)
  const revoke = (honour: string) =>
    stack.http('demo-admin', 'shop', {
      action: 'revokeHonour',
      data: { shopId: 'shop-014', honour, reason: '复核不达标' },
    })
  const revoked = await Promise.all([revoke('党员示范店'), revoke('星级党员商户')])
  expect(revoked.map((r) => r.status)).toEqual([200, 200])
  const after = (await sdkDatabase('local').collection('shops').doc('shop-014').get()).data[0]
  expect(after.honours).toEqual(['党员先锋岗'])
  expect(after.honourDetails.map((d: { honour: string }) => d.honour)).toEqual(['党员先锋岗'])
})

/** demo-merchant edits a shop's profile (their own is shop-001). */
const editShop = (shopId: string, data: object) =>
  stack.http('demo-merchant', 'shop', { action: 'updateProfile', data: { shopId, ...data } })

/** demo-merchant sets the commitments of their own shop, shop-001. */
const setOwnCommitments = (commitments: { text: string; standard: boolean }[]) =>
  stack.http('demo-merchant', 'shop', {
    action: 'setCommitments',
    data: { shopId: 'shop-001', commitments },
  })

/** The public card of demo-merchant's shop, shop-001. */
const ownCard = async () =>
  (await stack.http(null, 'shop', { action: 'get', data: { shopId: 'shop-001' } })).body.data

it('lets a merchant edit only their own shop, and commitments move the score with a reason', async () => {
  const other = await editShop('shop-002', { hours: '全天' })
  expect(other.status).toBe(403)
  const own = await editShop('shop-001', {
    hours: '06:30-22:00',
    description: '三十年老店',
    photos: ['cloud://local.local-bucket/uploads/shops/abc.png'],
  })
  expect(own.status).toBe(200)
  const before = await ownCard()
  await setOwnCommitments([
    { text: '明码标价', standard: true },
    { text: '不售假冒伪劣商品', standard: true },
    { text: '牛肉每日现熬', standard: false },
  ])
  const after = await ownCard()
  expect(after).toMatchObject({
    hours: '06:30-22:00',
    description: '三十年老店',
    photos: ['cloud://local.local-bucket/uploads/shops/abc.png'],
  })
  expect(after.commitments).toHaveLength(3)
  expect(after.integrity.score - before.integrity.score).toBe(4) // 1 → 3 commitments: +2 → +6
  const history = await stack.http('demo-merchant', 'shop', {
    action: 'history',
    data: { shopId: 'shop-001' },
  })
  expect(history.body.data.list[0].reason).toBe('亮承诺更新为 3 项')
})

it('refuses spam and abuse in the description, hours and commitments, at the field, and keeps the card', async () => {
  const before = await ownCard()
  const spam = await editShop('shop-001', {
    description: '加微信 13912345678 看 www.fapiao.cn',
    hours: '09:00-21:00',
  })
  expect(spam.status).toBe(400)
  expect(spam.body.error.issues).toEqual([
    { path: 'description', message: '请勿在公开内容中留下电话号码' },
  ])
  const abuse = await editShop('shop-001', { description: '老店', hours: '他妈的 9:00-21:00' })
  expect(abuse.body.error.issues).toEqual([{ path: 'hours', message: '内容含有不文明用语' }])
  const promises = await setOwnCommitments([
    { text: '明码标价', standard: true },
    { text: '代开发票赌博', standard: false },
  ])
  expect(promises.status).toBe(400)
  expect(promises.body.error.issues).toEqual([
    { path: 'commitments.1.text', message: '内容含有违法违规信息' },
  ])
  const after = await ownCard()
  expect([after.description, after.hours, after.commitments]).toEqual([
    before.description,
    before.hours,
    before.commitments,
  ])
})

it('awards and revokes honours, which show in the list filter and move the score', async () => {
  const award = await stack.http('demo-admin', 'shop', {
    action: 'awardHonour',
    data: { shopId: 'shop-006', honour: '星级党员商户', criteria: ['诚信经营', '创先争优'] },
  })
  expect(award.status).toBe(200)
  const list = await stack.http(null, 'shop', {
    action: 'list',
    data: { honour: '星级党员商户', pageSize: 50 },
  })
  expect(list.body.data.list.map((s: { shopId: string }) => s.shopId)).toContain('shop-006')
  const card = (await stack.http(null, 'shop', { action: 'get', data: { shopId: 'shop-006' } }))
    .body.data
  expect(card.honours).toEqual([
    expect.objectContaining({ honour: '星级党员商户', criteria: ['诚信经营', '创先争优'] }),
  ])
  expect(
    (
      await stack.http('demo-admin', 'shop', {
        action: 'awardHonour',
        data: { shopId: 'shop-006', honour: '星级党员商户', criteria: ['诚信经营'] },
      })
    ).status,
  ).toBe(409)
  const noCriteria = await stack.http('demo-admin', 'shop', {
    action: 'awardHonour',
    data: { shopId: 'shop-006', honour: '党员示范店', criteria: [] },
  })
  expect(noCriteria.body.error.issues[0]).toEqual({
    path: 'criteria',
    message: '请至少选择一项评定标准',
  })

  await stack.http('demo-admin', 'shop', {
    action: 'revokeHonour',
    data: { shopId: 'shop-006', honour: '星级党员商户', reason: '复核未通过' },
  })
  const after = (await stack.http(null, 'shop', { action: 'get', data: { shopId: 'shop-006' } }))
    .body.data
  expect(after.honours).toEqual([])
  expect(after.integrity.score).toBe(card.integrity.score - 5)
  const db = sdkDatabase('local')
  const events = await db
    .collection('shop_events')
    .where({ shopId: 'shop-006' })
    .orderBy('at', 'desc')
    .get()
  expect(events.data[0].reason).toBe('撤销「星级党员商户」：复核未通过')
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

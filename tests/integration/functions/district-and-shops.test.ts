import { expectEveryQueryIndexed, fileStack } from '../../support/stack'
import { sdkDatabase } from '../../support/local-endpoint'

const stack = fileStack()

it('shows the district with figures counted from the database', async () => {
  const { body } = await stack.http(null, 'district', { action: 'overview' })
  expect(body.data).toMatchObject({ name: '红星路商圈', committeeName: '红星路商圈联合党委' })
  expect(body.data.figures).toEqual({ shops: 32, orgs: 6, members: 9, shopsWithMembers: 9 })

  const db = sdkDatabase('local')
  await db.collection('shops').doc('shop-002').update({ status: 'suspended' })
  const after = await stack.http(null, 'district', { action: 'overview' })
  expect(after.body.data.figures.shops).toBe(31)
  await db.collection('shops').doc('shop-002').update({ status: 'open' })
})

it('lists open shops with paging, keyword and category search', async () => {
  const page = await stack.http(null, 'shop', { action: 'list', data: { pageSize: 10 } })
  expect(page.body.data.total).toBe(32)
  expect(page.body.data.list).toHaveLength(10)

  const food = await stack.http(null, 'shop', {
    action: 'list',
    data: { category: '餐饮', pageSize: 50 },
  })
  expect(food.body.data.total).toBe(6)
  expect(food.body.data.list.every((s: { category: string }) => s.category === '餐饮')).toBe(true)

  const byName = await stack.http(null, 'shop', { action: 'list', data: { keyword: '饺子' } })
  expect(byName.body.data.list.map((s: { name: string }) => s.name)).toEqual(['红星饺子馆'])

  const regexChars = await stack.http(null, 'shop', { action: 'list', data: { keyword: '.*(' } })
  expect(regexChars.body.data.total).toBe(0)

  const bad = await stack.http(null, 'shop', { action: 'list', data: { category: '军火' } })
  expect(bad.body.error.issues[0].path).toBe('category')
})

it('shows a shop card without contact phone or licence, and hides suspended shops', async () => {
  const { body } = await stack.http(null, 'shop', { action: 'get', data: { shopId: 'shop-001' } })
  expect(body.data).toMatchObject({ name: '老街口牛肉面', category: '餐饮', status: 'open' })
  expect(JSON.stringify(body)).not.toMatch(/138\d{8}|licence|contact|merchantIds/)

  const db = sdkDatabase('local')
  await db.collection('shops').doc('shop-003').update({ status: 'suspended' })
  const hidden = await stack.http(null, 'shop', { action: 'get', data: { shopId: 'shop-003' } })
  expect(hidden.body.error).toEqual({ code: 'NOT_FOUND', message: '店铺不存在' })
})

it('serves every query of these actions from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

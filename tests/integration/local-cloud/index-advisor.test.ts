// The index advisor: query shapes no declared index serves are listed by unindexedQueries() (and
// GET /admin/unindexed); with strictIndexes they fail with DATABASE_QUERY_NOT_INDEXED.
import { fileEndpoint, type LocalEndpoint } from '../../support/local-endpoint'

jest.setTimeout(60_000)

const USERS = 3000
const SHOPS = 600

/** Fills users and shops straight through the store: the advisor only sees SDK queries. */
function seed(local: LocalEndpoint): void {
  const store = local.endpoint.registry.forEnv(local.env)
  const users = Array.from({ length: USERS }, (_, i) => ({
    _id: `user-${i}`,
    openid: `openid-${i}`,
    nickname: `nick-${i}`,
    roles: [i % 2 ? 'a' : 'b'],
  }))
  const shops = Array.from({ length: SHOPS }, (_, i) => ({
    _id: `shop-${i}`,
    licenceNo: `L-${i}`,
    districtId: `d${i % 6}`,
    category: ['food', 'retail', 'service'][i % 3],
    status: i % 5 ? 'open' : 'closed',
    owner: `owner-${i % 50}`,
  }))
  const writes = (coll: string, docs: { _id: string }[]) =>
    docs.map((doc) => ({ coll, id: doc._id, doc }))
  store.commit([...writes('users', users), ...writes('shops', shops)])
}

describe('advisor on a default endpoint', () => {
  const { local } = fileEndpoint('advisor')
  beforeAll(() => seed(local))

  const unindexed = () => local.endpoint.registry.forEnv(local.env).unindexedQueries()

  test('indexed lookups are not reported', async () => {
    const _ = local.db.command
    const users = local.db.collection('users')
    const shops = local.db.collection('shops')
    expect((await users.where({ openid: 'openid-42' }).get()).data.map((d: any) => d._id)).toEqual([
      'user-42',
    ])
    expect((await users.where({ openid: _.in(['openid-1', 'openid-2']) }).count()).total).toBe(2)
    expect((await users.where({ roles: 'a' }).count()).total).toBe(USERS / 2)
    expect((await users.doc('user-7').get()).data[0].openid).toBe('openid-7')
    const food = await shops.where({ districtId: 'd0', category: 'food' }).limit(1000).get()
    expect(food.data).toHaveLength(SHOPS / 6)
    expect(food.data.every((s: any) => s.districtId === 'd0' && s.category === 'food')).toBe(true)
    // The leading field of a compound index serves a query on its own.
    expect((await shops.where({ districtId: 'd1' }).count()).total).toBe(SHOPS / 6)
    expect((await shops.where({ districtId: 'd2', status: 'closed' }).count()).total).toBe(
      SHOPS / 6 / 5,
    )
    expect((await shops.where({ licenceNo: 'L-9' }).get()).data[0]._id).toBe('shop-9')
    expect(unindexed()).toEqual([])
  })

  test('a query on an unindexed field is answered and reported with its shape', async () => {
    const users = local.db.collection('users')
    const shops = local.db.collection('shops')
    expect((await users.where({ nickname: 'nick-5' }).get()).data.map((d: any) => d._id)).toEqual([
      'user-5',
    ])
    await users.where({ nickname: 'nick-6' }).get()
    // A compound index whose leading field is missing does not serve the query.
    expect((await shops.where({ category: 'food' }).count()).total).toBe(SHOPS / 3)
    const reported = unindexed()
    expect(reported).toHaveLength(2)
    const nickname = reported.find((q) => q.collection === 'users')!
    expect(nickname.shape).toContain('nickname')
    expect(nickname.count).toBe(2)
    const category = reported.find((q) => q.collection === 'shops')!
    expect(category.shape).toContain('category')
    expect(category.count).toBe(1)
  })

  test('GET /admin/unindexed lists the same shapes for the env', async () => {
    const reply = await fetch(`${local.url}/unindexed?env=${local.env}`, {
      headers: { authorization: `Bearer ${local.apiKey}` },
    }).then((r) => r.json())
    expect(reply.env).toBe(local.env)
    expect(reply.queries).toEqual(unindexed())
  })
})

describe('strictIndexes: true', () => {
  const { local } = fileEndpoint('strict', { strictIndexes: true })
  beforeAll(() => seed(local))

  test('a query no index serves fails with DATABASE_QUERY_NOT_INDEXED', async () => {
    const users = local.db.collection('users')
    await expect(users.where({ nickname: 'nick-5' }).get()).rejects.toMatchObject({
      code: 'DATABASE_QUERY_NOT_INDEXED',
    })
    await expect(users.where({ nickname: 'nick-5' }).count()).rejects.toMatchObject({
      code: 'DATABASE_QUERY_NOT_INDEXED',
    })
    await expect(users.where({ nickname: 'nick-5' }).update({ seen: true })).rejects.toMatchObject({
      code: 'DATABASE_QUERY_NOT_INDEXED',
    })
    await expect(
      local.db.collection('shops').where({ category: 'food' }).get(),
    ).rejects.toMatchObject({ code: 'DATABASE_QUERY_NOT_INDEXED' })
    const stored = local.endpoint.registry.forEnv(local.env).getById('users', 'user-5')
    expect(stored?.doc.seen).toBeUndefined()
  })

  test('indexed lookups work and are not reported', async () => {
    const users = local.db.collection('users')
    expect((await users.where({ openid: 'openid-9' }).get()).data[0]._id).toBe('user-9')
    const res = await local.db
      .collection('shops')
      .where({ districtId: 'd3', category: 'food' })
      .get()
    expect(res.data.length).toBe(SHOPS / 6)
    const updated = await users.where({ openid: 'openid-9' }).update({ seen: true })
    expect(updated.updated).toBe(1)
    // Listing a whole collection has no condition to index.
    expect((await users.count()).total).toBe(USERS)
    const reported = local.endpoint.registry.forEnv(local.env).unindexedQueries()
    expect(reported.map((q) => q.collection).sort()).toEqual(['shops', 'users'])
    expect(
      reported.every((q) => !q.shape.includes('openid') && !q.shape.includes('districtId')),
    ).toBe(true)
  })
})

// Order, paging, projection and the SDK's limits (100 by default, 1000 at most).
import { fileEndpoint } from '../../support/local-endpoint'

const TOTAL = 1200

const { local, collection } = fileEndpoint('paging', { collections: ['items'] })
const items = collection('items')

beforeAll(async () => {
  const docs = Array.from({ length: TOTAL }, (_, i) => ({
    _id: `item-${String(i).padStart(4, '0')}`,
    n: i,
    group: i % 3,
    label: `label ${i}`,
    detail: { size: i % 7, colour: i % 2 ? 'red' : 'blue' },
  }))
  // One request per 400 documents keeps each body small.
  for (let i = 0; i < TOTAL; i += 400) await items.add(docs.slice(i, i + 400))
})

const ns = (res: { data: { n: number }[] }) => res.data.map((d) => d.n)

describe('limits', () => {
  test('get() without limit returns the first 100', async () => {
    const res = await items.get()
    expect(res.data).toHaveLength(100)
    expect(res.limit).toBe(100)
  })

  test('limit(5000) returns at most 1000', async () => {
    const res = await items.limit(5000).get()
    expect(res.data).toHaveLength(1000)
  })

  test('limit(n) below 1000 returns n', async () => {
    expect((await items.limit(7).get()).data).toHaveLength(7)
    expect((await items.limit(1000).get()).data).toHaveLength(1000)
  })

  test('the endpoint itself caps a raw request for 5000 at 1000', async () => {
    const reply = await fetch(local.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${local.apiKey}` },
      body: JSON.stringify({
        action: 'database.getDocument',
        envName: local.env,
        collectionName: 'items',
        queryType: 'WHERE',
        limit: 5000,
      }),
    }).then((r) => r.json())
    expect(reply.data.list).toHaveLength(1000)
    expect(reply.limit).toBe(1000)
  })

  test('count() counts all, regardless of the limit', async () => {
    expect((await items.count()).total).toBe(TOTAL)
    expect((await items.where({ group: 0 }).count()).total).toBe(TOTAL / 3)
  })
})

describe('order and paging', () => {
  test('orderBy asc and desc', async () => {
    expect(ns(await items.orderBy('n', 'asc').limit(3).get())).toEqual([0, 1, 2])
    expect(ns(await items.orderBy('n', 'desc').limit(3).get())).toEqual([1199, 1198, 1197])
  })

  test('skip and limit page through in order without gaps or repeats', async () => {
    const seen: number[] = []
    for (let offset = 0; offset < TOTAL; offset += 250) {
      const page = await items.orderBy('n', 'asc').skip(offset).limit(250).get()
      seen.push(...ns(page))
    }
    expect(seen).toEqual(Array.from({ length: TOTAL }, (_, i) => i))
  })

  test('skip past the end is empty', async () => {
    expect((await items.skip(TOTAL).get()).data).toEqual([])
  })

  test('several orderBy fields sort by the first, then the next', async () => {
    const res = await items
      .where({ n: local.db.command.lt(6) })
      .orderBy('group', 'desc')
      .orderBy('n', 'asc')
      .get()
    expect(res.data.map((d: any) => [d.group, d.n])).toEqual([
      [2, 2],
      [2, 5],
      [1, 1],
      [1, 4],
      [0, 0],
      [0, 3],
    ])
  })

  test('order by a nested field', async () => {
    const res = await items
      .where({ n: local.db.command.lt(10) })
      .orderBy('detail.size', 'desc')
      .orderBy('n', 'asc')
      .limit(3)
      .get()
    expect(res.data.map((d: any) => d.n)).toEqual([6, 5, 4])
  })
})

describe('projection', () => {
  test('field() with true keeps only those fields and _id', async () => {
    const res = await items.where({ n: 5 }).field({ n: true, 'detail.colour': true }).get()
    expect(res.data).toEqual([{ _id: 'item-0005', n: 5, detail: { colour: 'red' } }])
  })

  test('field() with false drops those fields', async () => {
    const res = await items.where({ n: 6 }).field({ label: false, detail: false }).get()
    expect(res.data).toEqual([{ _id: 'item-0006', n: 6, group: 0 }])
  })

  test('doc().field() projects a single document', async () => {
    const res = await items.doc('item-0007').field({ label: true }).get()
    expect(res.data).toEqual([{ _id: 'item-0007', label: 'label 7' }])
  })

  test('projection combines with order, skip and limit', async () => {
    const res = await items
      .orderBy('n', 'desc')
      .skip(1)
      .limit(2)
      .field({ n: true, _id: false })
      .get()
    expect(res.data).toEqual([{ n: 1198 }, { n: 1197 }])
  })
})

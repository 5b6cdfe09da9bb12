// Aggregation stages through the SDK's builder: match group sort project unwind lookup count limit skip.
import { fileEndpoint } from '../../support/local-endpoint'

const { _, collection } = fileEndpoint('aggregate', { collections: ['orders', 'stalls'] })
let $: any

const ORDERS = [
  { _id: 'o1', shopId: 's1', amount: 30, items: ['tea', 'cake'], status: 'paid' },
  { _id: 'o2', shopId: 's1', amount: 20, items: ['tea'], status: 'paid' },
  { _id: 'o3', shopId: 's2', amount: 50, items: ['noodles', 'tea', 'soup'], status: 'paid' },
  { _id: 'o4', shopId: 's2', amount: 5, items: [], status: 'refunded' },
  { _id: 'o5', shopId: 's3', amount: 12, items: ['cake'], status: 'paid' },
]
const STALLS = [
  { _id: 's1', name: 'Tea House' },
  { _id: 's2', name: 'Noodle Bar' },
]

beforeAll(async () => {
  $ = _.aggregate
  await collection('orders').add(ORDERS)
  await collection('stalls').add(STALLS)
})

const orders = () => collection('orders').aggregate()

test('match, group with sum/avg/max, sort', async () => {
  const res = await orders()
    .match({ status: 'paid' })
    .group({
      _id: '$shopId',
      total: $.sum('$amount'),
      orders: $.sum(1),
      average: $.avg('$amount'),
      biggest: $.max('$amount'),
    })
    .sort({ total: -1, _id: 1 })
    .end()
  expect(res.data).toEqual([
    { _id: 's1', total: 50, orders: 2, average: 25, biggest: 30 },
    { _id: 's2', total: 50, orders: 1, average: 50, biggest: 50 },
    { _id: 's3', total: 12, orders: 1, average: 12, biggest: 12 },
  ])
})

test('match with query commands', async () => {
  const res = await orders()
    .match({ amount: _.gte(20), shopId: _.in(['s1', 's2']) })
    .sort({ _id: 1 })
    .end()
  expect(res.data.map((d: any) => d._id)).toEqual(['o1', 'o2', 'o3'])
})

test('project includes, excludes and computes', async () => {
  const res = await orders()
    .match({ _id: 'o3' })
    .project({ _id: 0, shopId: 1, itemCount: $.size('$items'), double: $.multiply(['$amount', 2]) })
    .end()
  expect(res.data).toEqual([{ shopId: 's2', itemCount: 3, double: 100 }])
})

test('unwind an array, then group by its elements', async () => {
  const res = await orders()
    .unwind('$items')
    .group({ _id: '$items', n: $.sum(1) })
    .sort({ n: -1, _id: 1 })
    .end()
  expect(res.data).toEqual([
    { _id: 'tea', n: 3 },
    { _id: 'cake', n: 2 },
    { _id: 'noodles', n: 1 },
    { _id: 'soup', n: 1 },
  ])
})

test('lookup joins another collection', async () => {
  const res = await orders()
    .match({ shopId: _.in(['s2', 's3']) })
    .lookup({ from: 'stalls', localField: 'shopId', foreignField: '_id', as: 'stall' })
    .project({ shopId: 1, stall: 1 })
    .sort({ _id: 1 })
    .end()
  expect(res.data).toEqual([
    { _id: 'o3', shopId: 's2', stall: [{ _id: 's2', name: 'Noodle Bar' }] },
    { _id: 'o4', shopId: 's2', stall: [{ _id: 's2', name: 'Noodle Bar' }] },
    { _id: 'o5', shopId: 's3', stall: [] },
  ])
})

test('count', async () => {
  const res = await orders().match({ status: 'paid' }).count('paidOrders').end()
  expect(res.data).toEqual([{ paidOrders: 4 }])
})

test('sort, skip and limit page the results', async () => {
  const res = await orders().sort({ amount: -1 }).skip(1).limit(2).project({ amount: 1 }).end()
  expect(res.data).toEqual([
    { _id: 'o1', amount: 30 },
    { _id: 'o2', amount: 20 },
  ])
})

test('an aggregate on a missing collection is DATABASE_COLLECTION_NOT_EXIST', async () => {
  await expect(collection('nothing_here').aggregate().match({}).end()).rejects.toMatchObject({
    code: 'DATABASE_COLLECTION_NOT_EXIST',
  })
})

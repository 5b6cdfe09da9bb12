// Many SDK calls in flight at once against one document: conditional updates are atomic.
import events from 'node:events'
import { fileEndpoint } from '../../support/local-endpoint'

jest.setTimeout(120_000)
// The SDK's keep-alive agent queues a 'connect' listener per waiting request on a socket; with
// 1000 calls in flight Node would warn about a leak that is not one.
events.defaultMaxListeners = 2000

const { _, collection } = fileEndpoint('concurrency', { collections: ['probes'] })
const slots = collection('probes')

test('1000 concurrent conditional increments with cap 50: exactly 50 succeed', async () => {
  await slots.add({ _id: 'event', taken: 0 })
  const results = await Promise.all(
    Array.from({ length: 1000 }, () =>
      slots.where({ _id: 'event', taken: _.lt(50) }).update({ taken: _.inc(1) }),
    ),
  )
  const counts = results.map((r: { updated: number }) => r.updated)
  expect(counts.filter((n) => n === 1)).toHaveLength(50)
  expect(counts.filter((n) => n === 0)).toHaveLength(950)
  expect((await slots.doc('event').get()).data[0].taken).toBe(50)
})

test('200 concurrent unconditional increments add exactly 200', async () => {
  await slots.add({ _id: 'counter', n: 0 })
  await Promise.all(Array.from({ length: 200 }, () => slots.doc('counter').update({ n: _.inc(1) })))
  expect((await slots.doc('counter').get()).data[0].n).toBe(200)
})

test('100 concurrent pushes keep every element', async () => {
  await slots.add({ _id: 'list', items: [] })
  await Promise.all(
    Array.from({ length: 100 }, (_unused, i) => slots.doc('list').update({ items: _.push(i) })),
  )
  const items: number[] = (await slots.doc('list').get()).data[0].items
  expect([...items].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_unused, i) => i))
})

test('50 concurrent inserts of the same openid: exactly one is stored', async () => {
  const users = collection('users')
  const outcomes = await Promise.allSettled(
    Array.from({ length: 50 }, (_unused, i) => users.add({ openid: 'contended', attempt: i })),
  )
  const stored = outcomes.filter((o) => o.status === 'fulfilled')
  const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []))
  expect(stored).toHaveLength(1)
  expect(refused).toHaveLength(49)
  for (const err of refused) expect(err).toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
  expect((await users.where({ openid: 'contended' }).count()).total).toBe(1)
})

test('concurrent updateAndReturn calls each see a distinct value', async () => {
  await slots.add({ _id: 'ticket', next: 0 })
  const results = await Promise.all(
    Array.from({ length: 100 }, () =>
      slots.where({ _id: 'ticket' }).updateAndReturn({ next: _.inc(1) }),
    ),
  )
  const numbers = results.map((r: { doc: { next: number } }) => r.doc.next).sort((a, b) => a - b)
  expect(numbers).toEqual(Array.from({ length: 100 }, (_unused, i) => i + 1))
})

// Every update operator, merge vs replace, upsert and multi-document updates through the real SDK.
import { fileEndpoint } from '../../support/local-endpoint'

const { local, _, collection } = fileEndpoint('updates', { collections: ['things'] })
const things = collection('things')

let seq = 0
/** Inserts a fresh document and returns its id. */
async function insert(doc: Record<string, unknown>): Promise<string> {
  const _id = `t${++seq}`
  await things.add({ _id, ...doc })
  return _id
}

async function read(id: string): Promise<any> {
  const res = await things.doc(id).get()
  return res.data[0]
}

/** Applies `update` to a fresh copy of `doc` and returns the stored result. */
async function afterUpdate(doc: Record<string, unknown>, update: object): Promise<any> {
  const id = await insert(doc)
  const res = await things.doc(id).update(update)
  expect(res.updated).toBe(1)
  const { _id, ...rest } = await read(id)
  expect(_id).toBe(id)
  return rest
}

describe('field operators', () => {
  test('set on a plain field and with _.set', async () => {
    expect(await afterUpdate({ a: 1, b: 2 }, { a: 10 })).toEqual({ a: 10, b: 2 })
    expect(await afterUpdate({ a: 1, b: 2 }, { a: _.set(11), c: 'new' })).toEqual({
      a: 11,
      b: 2,
      c: 'new',
    })
  })

  test('inc and mul, including on a missing field', async () => {
    expect(await afterUpdate({ n: 5 }, { n: _.inc(3) })).toEqual({ n: 8 })
    expect(await afterUpdate({ n: 5 }, { n: _.inc(-7) })).toEqual({ n: -2 })
    expect(await afterUpdate({ n: 5 }, { n: _.inc(0.5) })).toEqual({ n: 5.5 })
    expect(await afterUpdate({}, { n: _.inc(2) })).toEqual({ n: 2 })
    expect(await afterUpdate({ n: 5 }, { n: _.mul(3) })).toEqual({ n: 15 })
    expect(await afterUpdate({}, { n: _.mul(3) })).toEqual({ n: 0 })
  })

  test('remove deletes the field', async () => {
    expect(await afterUpdate({ a: 1, b: 2 }, { b: _.remove() })).toEqual({ a: 1 })
    expect(await afterUpdate({ a: { x: 1, y: 2 } }, { 'a.y': _.remove() })).toEqual({ a: { x: 1 } })
  })

  test('rename moves the value to the new name', async () => {
    expect(await afterUpdate({ old: 'v', keep: 1 }, { old: _.rename('fresh') })).toEqual({
      fresh: 'v',
      keep: 1,
    })
  })
})

describe('array operators', () => {
  test('push one, several, and at a position', async () => {
    expect(await afterUpdate({ list: ['a'] }, { list: _.push('b') })).toEqual({ list: ['a', 'b'] })
    expect(await afterUpdate({ list: ['a'] }, { list: _.push(['b', 'c']) })).toEqual({
      list: ['a', 'b', 'c'],
    })
    expect(
      await afterUpdate({ list: ['a', 'b'] }, { list: _.push({ each: ['x'], position: 1 }) }),
    ).toEqual({
      list: ['a', 'x', 'b'],
    })
    expect(await afterUpdate({}, { list: _.push('first') })).toEqual({ list: ['first'] })
  })

  test('pop removes the last element, shift the first', async () => {
    expect(await afterUpdate({ list: [1, 2, 3] }, { list: _.pop() })).toEqual({ list: [1, 2] })
    expect(await afterUpdate({ list: [1, 2, 3] }, { list: _.shift() })).toEqual({ list: [2, 3] })
  })

  test('unshift prepends in the given order', async () => {
    expect(await afterUpdate({ list: [3] }, { list: _.unshift(1, 2) })).toEqual({ list: [1, 2, 3] })
    expect(await afterUpdate({ list: [3] }, { list: _.unshift([0]) })).toEqual({ list: [0, 3] })
  })

  test('addToSet adds only what is missing', async () => {
    const id = await insert({ tags: ['red'] })
    const first = await things.doc(id).update({ tags: _.addToSet('red') })
    expect(first.updated).toBe(0)
    expect((await read(id)).tags).toEqual(['red'])
    await things.doc(id).update({ tags: _.addToSet('blue') })
    expect((await read(id)).tags).toEqual(['red', 'blue'])
    await things.doc(id).update({ tags: _.addToSet({ $each: ['blue', 'green'] }) })
    expect((await read(id)).tags).toEqual(['red', 'blue', 'green'])
  })

  test('pull removes every equal element, pullAll every listed value', async () => {
    expect(await afterUpdate({ list: ['a', 'b', 'a', 'c'] }, { list: _.pull('a') })).toEqual({
      list: ['b', 'c'],
    })
    expect(await afterUpdate({ list: [1, 5, 9] }, { list: _.pull(_.gt(4)) })).toEqual({ list: [1] })
    expect(
      await afterUpdate({ list: ['a', 'b', 'c', 'b'] }, { list: _.pullAll(['b', 'c']) }),
    ).toEqual({
      list: ['a'],
    })
  })
})

describe('merge vs replace', () => {
  test('update({ a: { b } }) merges into a, keeping its other keys', async () => {
    expect(await afterUpdate({ a: { b: 0, c: 2 }, d: 4 }, { a: { b: 1 } })).toEqual({
      a: { b: 1, c: 2 },
      d: 4,
    })
    expect(await afterUpdate({ a: { b: { x: 1, y: 2 } } }, { a: { b: { y: 3 } } })).toEqual({
      a: { b: { x: 1, y: 3 } },
    })
    expect(await afterUpdate({ a: { b: 0 } }, { 'a.c': 5 })).toEqual({ a: { b: 0, c: 5 } })
  })

  test('update({ a: _.set({ b }) }) replaces a', async () => {
    expect(await afterUpdate({ a: { b: 0, c: 2 }, d: 4 }, { a: _.set({ b: 1 }) })).toEqual({
      a: { b: 1 },
      d: 4,
    })
  })

  test('doc().set() replaces the whole document and keeps its _id', async () => {
    const id = await insert({ a: 1, b: { c: 2 } })
    const res = await things.doc(id).set({ z: 26 })
    expect(res.updated).toBe(1)
    expect(await read(id)).toEqual({ _id: id, z: 26 })
  })

  test('doc().set() on a missing id inserts the document (upsert)', async () => {
    const res = await things.doc('made-by-set').set({ fresh: true, n: 1 })
    expect(res.updated).toBe(0)
    expect(res.upsertedId).toBe('made-by-set')
    expect(await read('made-by-set')).toEqual({ _id: 'made-by-set', fresh: true, n: 1 })
  })

  test('doc().update() on a missing id changes nothing and creates nothing', async () => {
    const res = await things.doc('never-made').update({ a: 1 })
    expect(res.updated).toBe(0)
    expect((await things.doc('never-made').get()).data).toEqual([])
  })
})

describe('where().update() and updateAndReturn()', () => {
  test('where().update() updates every match by default', async () => {
    const batch = `b${++seq}`
    await things.add([1, 2, 3, 4].map((i) => ({ batch, i, flag: false })))
    const res = await things.where({ batch, i: _.lte(3) }).update({ flag: true })
    expect(res.updated).toBe(3)
    const all = await things.where({ batch }).orderBy('i', 'asc').get()
    expect(all.data.map((d: any) => [d.i, d.flag])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ])
    const none = await things.where({ batch, i: 99 }).update({ flag: true })
    expect(none.updated).toBe(0)
  })

  test('an update that leaves a document as it was does not count it', async () => {
    const batch = `b${++seq}`
    await things.add([
      { batch, v: 1 },
      { batch, v: 2 },
    ])
    const res = await things.where({ batch }).update({ v: 1 })
    expect(res.updated).toBe(1)
  })

  test('updateAndReturn returns the updated document', async () => {
    const id = await insert({ n: 1, label: 'x' })
    const res = await things.where({ _id: id }).updateAndReturn({ n: _.inc(5) })
    expect(res.updated).toBe(1)
    expect(res.doc).toEqual({ _id: id, n: 6, label: 'x' })
    expect((await read(id)).n).toBe(6)
    const missing = await things.where({ _id: 'nope' }).updateAndReturn({ n: _.inc(1) })
    expect(missing.updated).toBe(0)
    expect(missing.doc).toBeNull()
  })

  test('where().remove() removes every match, doc().remove() one', async () => {
    const batch = `b${++seq}`
    await things.add([{ batch }, { batch }, { batch, keep: true }])
    const res = await things.where({ batch, keep: _.exists(false) }).remove()
    expect(res.deleted).toBe(2)
    const left = await things.where({ batch }).get()
    expect(left.data).toHaveLength(1)
    expect((await things.doc(left.data[0]._id).remove()).deleted).toBe(1)
    expect((await things.where({ batch }).count()).total).toBe(0)
  })
})

describe('dates', () => {
  test('db.serverDate() resolves to the endpoint clock', async () => {
    const before = Date.now()
    const { id } = await things.add({ at: local.db.serverDate() })
    await things.doc(id).update({ later: local.db.serverDate({ offset: 60_000 }) })
    const after = Date.now()
    const doc = await read(id)
    expect(doc.at).toBeInstanceOf(Date)
    expect(doc.at.getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(doc.at.getTime()).toBeLessThanOrEqual(after + 1000)
    expect(doc.later.getTime() - doc.at.getTime()).toBeGreaterThanOrEqual(59_000)
    expect(doc.later.getTime() - doc.at.getTime()).toBeLessThanOrEqual(61_000 + after - before)
  })

  test('a Date survives the round trip and compares as a date', async () => {
    const when = new Date('2024-05-06T07:08:09.123Z')
    const id = await insert({ when, kind: 'dated' })
    expect((await read(id)).when).toEqual(when)
    const res = await things.where({ kind: 'dated', when: _.gt(new Date('2024-01-01')) }).get()
    expect(res.data.map((d: any) => d._id)).toEqual([id])
  })
})

test('a batch add returns every id, and the documents are there', async () => {
  const res = await things.add([
    { k: 'batch-add', n: 1 },
    { k: 'batch-add', n: 2 },
  ])
  expect(res.ids).toHaveLength(2)
  const stored = await things.where({ k: 'batch-add' }).orderBy('n', 'asc').get()
  expect(stored.data.map((d: any) => d._id)).toEqual(res.ids)
})

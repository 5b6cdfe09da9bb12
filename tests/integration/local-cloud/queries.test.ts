// Every query command the SDK offers, sent by the real SDK and answered by the local endpoint.
import { fileEndpoint } from '../../support/local-endpoint'

const { local, _, collection } = fileEndpoint('queries', { collections: ['people'] })

const PEOPLE = [
  {
    _id: 'alice',
    name: 'Alice',
    age: 30,
    nickname: 'ally',
    tags: ['red', 'blue'],
    address: { city: 'Beijing', zip: '100000' },
    scores: [
      { subject: 'math', score: 90 },
      { subject: 'art', score: 70 },
    ],
  },
  {
    _id: 'bob',
    name: 'Bob',
    age: 25,
    tags: ['blue'],
    address: { city: 'Shanghai', zip: '200000' },
    scores: [{ subject: 'math', score: 60 }],
  },
  {
    _id: 'carol',
    name: 'carol',
    age: 35,
    nickname: null,
    tags: [],
    address: { city: 'Beijing', zip: '100010' },
    scores: [],
  },
  {
    _id: 'dave',
    name: 'Dave',
    age: 40,
    tags: ['red', 'green', 'blue'],
    address: { city: 'Shenzhen' },
    scores: [{ subject: 'art', score: 95 }],
  },
]

beforeAll(async () => {
  const res = await collection('people').add(PEOPLE)
  expect(res.ids).toEqual(PEOPLE.map((p) => p._id))
})

/** The sorted _ids of the people a query matches. */
async function idsWhere(query: object): Promise<string[]> {
  const res = await local.db.collection('people').where(query).get()
  return res.data.map((d: { _id: string }) => d._id).sort()
}

describe('comparison commands', () => {
  test('eq, and a plain value as equality', async () => {
    expect(await idsWhere({ age: _.eq(30) })).toEqual(['alice'])
    expect(await idsWhere({ age: 30 })).toEqual(['alice'])
    expect(await idsWhere({ name: _.eq('Nobody') })).toEqual([])
  })

  test('neq', async () => {
    expect(await idsWhere({ age: _.neq(30) })).toEqual(['bob', 'carol', 'dave'])
  })

  test('lt, lte, gt, gte', async () => {
    expect(await idsWhere({ age: _.lt(30) })).toEqual(['bob'])
    expect(await idsWhere({ age: _.lte(30) })).toEqual(['alice', 'bob'])
    expect(await idsWhere({ age: _.gt(35) })).toEqual(['dave'])
    expect(await idsWhere({ age: _.gte(35) })).toEqual(['carol', 'dave'])
  })

  test('in and nin', async () => {
    expect(await idsWhere({ age: _.in([25, 40, 99]) })).toEqual(['bob', 'dave'])
    expect(await idsWhere({ age: _.nin([25, 40]) })).toEqual(['alice', 'carol'])
    expect(await idsWhere({ tags: _.in(['green']) })).toEqual(['dave'])
  })
})

describe('logic commands', () => {
  test('and on one field, chained and as a list of conditions', async () => {
    expect(await idsWhere({ age: _.gt(20).and(_.lt(35)) })).toEqual(['alice', 'bob'])
    expect(await idsWhere({ age: _.and(_.gte(30), _.lte(35)) })).toEqual(['alice', 'carol'])
    expect(await idsWhere(_.and([{ age: _.gte(30) }, { 'address.city': 'Beijing' }]))).toEqual([
      'alice',
      'carol',
    ])
  })

  test('or on one field and across fields', async () => {
    expect(await idsWhere({ age: _.lt(26).or(_.gt(39)) })).toEqual(['bob', 'dave'])
    expect(await idsWhere(_.or([{ age: 25 }, { 'address.city': 'Shenzhen' }]))).toEqual([
      'bob',
      'dave',
    ])
  })

  test('nor', async () => {
    expect(await idsWhere(_.nor([{ age: 30 }, { 'address.city': 'Shanghai' }]))).toEqual([
      'carol',
      'dave',
    ])
  })
})

describe('field and array commands', () => {
  test('exists: a null value exists, a missing field does not', async () => {
    expect(await idsWhere({ nickname: _.exists(true) })).toEqual(['alice', 'carol'])
    expect(await idsWhere({ nickname: _.exists(false) })).toEqual(['bob', 'dave'])
  })

  test('size', async () => {
    expect(await idsWhere({ tags: _.size(0) })).toEqual(['carol'])
    expect(await idsWhere({ tags: _.size(2) })).toEqual(['alice'])
    expect(await idsWhere({ tags: _.size(3) })).toEqual(['dave'])
  })

  test('all', async () => {
    expect(await idsWhere({ tags: _.all(['red', 'blue']) })).toEqual(['alice', 'dave'])
    expect(await idsWhere({ tags: _.all(['green', 'blue']) })).toEqual(['dave'])
  })

  test('a plain value matches any element of an array', async () => {
    expect(await idsWhere({ tags: 'blue' })).toEqual(['alice', 'bob', 'dave'])
  })

  test('elemMatch needs one element to satisfy every condition', async () => {
    const artAbove90 = { subject: 'art', score: _.gte(90) }
    expect(await idsWhere({ scores: _.elemMatch(artAbove90) })).toEqual(['dave'])
    // Without elemMatch the conditions may be met by different elements (alice: art 70, math 90).
    expect(await idsWhere({ 'scores.subject': 'art', 'scores.score': _.gte(90) })).toEqual([
      'alice',
      'dave',
    ])
    expect(await idsWhere({ scores: _.elemMatch({ subject: 'math', score: _.lt(80) }) })).toEqual([
      'bob',
    ])
  })
})

describe('regular expressions', () => {
  test('a RegExp literal, with and without flags', async () => {
    expect(await idsWhere({ name: /^a/i })).toEqual(['alice'])
    expect(await idsWhere({ name: /^c/ })).toEqual(['carol'])
    expect(await idsWhere({ name: /^C/ })).toEqual([])
  })

  test('db.RegExp with options', async () => {
    expect(await idsWhere({ name: local.db.RegExp({ regexp: '^d', options: 'i' }) })).toEqual([
      'dave',
    ])
    expect(await idsWhere({ name: local.db.RegExp({ regexp: 'o' }) })).toEqual(['bob', 'carol'])
    expect(await idsWhere({ 'address.zip': local.db.RegExp({ regexp: '^1000' }) })).toEqual([
      'alice',
      'carol',
    ])
  })
})

describe('paths into nested objects and arrays', () => {
  test('a dotted path into an object', async () => {
    expect(await idsWhere({ 'address.city': 'Beijing' })).toEqual(['alice', 'carol'])
    expect(await idsWhere({ 'address.zip': _.exists(false) })).toEqual(['dave'])
  })

  test('a nested object in the query is a dotted path, not whole-object equality', async () => {
    // The SDK flattens { address: { city } } to { 'address.city' }: alice has a zip too.
    expect(await idsWhere({ address: { city: 'Beijing' } })).toEqual(['alice', 'carol'])
    expect(await idsWhere({ address: { city: _.in(['Shanghai', 'Shenzhen']) } })).toEqual([
      'bob',
      'dave',
    ])
  })

  test('an array index in a path', async () => {
    expect(await idsWhere({ 'tags.0': 'red' })).toEqual(['alice', 'dave'])
    expect(await idsWhere({ 'scores.0.score': _.gt(80) })).toEqual(['alice', 'dave'])
  })

  test('a path through an array of objects matches any element', async () => {
    expect(await idsWhere({ 'scores.subject': 'math' })).toEqual(['alice', 'bob'])
    expect(await idsWhere({ 'scores.score': _.lt(65) })).toEqual(['bob'])
  })
})

test('count() counts what where() matches', async () => {
  const people = local.db.collection('people')
  expect((await people.count()).total).toBe(4)
  expect((await people.where({ 'address.city': 'Beijing' }).count()).total).toBe(2)
  expect((await people.where({ age: _.gt(100) }).count()).total).toBe(0)
})

test('doc().get() returns the one document as a list, or an empty list', async () => {
  const people = local.db.collection('people')
  const found = await people.doc('bob').get()
  expect(found.data).toEqual([PEOPLE[1]])
  expect((await people.doc('nobody').get()).data).toEqual([])
})

test('a missing collection is DATABASE_COLLECTION_NOT_EXIST', async () => {
  await expect(local.db.collection('no_such_collection').get()).rejects.toMatchObject({
    code: 'DATABASE_COLLECTION_NOT_EXIST',
  })
})

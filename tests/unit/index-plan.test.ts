import type { IndexSpec } from '../../types/collections'
import { encodeKey, entryKeys, planQuery, queryShape, valuesAt } from '../../local-cloud/index-plan'

const SHOPS: IndexSpec[] = [
  { name: 'district_category', keys: { districtId: 1, category: 1 } },
  { name: 'merchant', keys: { merchantIds: 1 } },
  { name: 'licence', keys: { licenceNo: 1 }, unique: true },
]

describe('planQuery', () => {
  it.each([
    ['an _id lookup', { _id: 'a' }, { kind: 'ids', ids: ['a'] }],
    ['an _id $in lookup', { _id: { $in: ['a', 'b'] } }, { kind: 'ids', ids: ['a', 'b'] }],
    [
      'both fields of a compound index',
      { districtId: 'd', category: '餐饮' },
      { kind: 'index', keys: [['"d"', '"餐饮"']] },
    ],
    ['the leading field only', { districtId: 'd', name: /x/ }, { kind: 'index', keys: [['"d"']] }],
    [
      'an $in on the second field',
      { districtId: 'd', category: { $in: ['a', 'b'] } },
      {
        kind: 'index',
        keys: [
          ['"d"', '"a"'],
          ['"d"', '"b"'],
        ],
      },
    ],
    [
      'conditions inside $and',
      { $and: [{ districtId: 'd' }, { category: { $eq: 'a' } }] },
      { kind: 'index', keys: [['"d"', '"a"']] },
    ],
    ['an array field (multikey)', { merchantIds: 'u1' }, { kind: 'index', keys: [['"u1"']] }],
  ])('uses an index for %s', (_label, query, expected) => {
    expect(planQuery(query, SHOPS)).toMatchObject(expected)
  })

  it.each([
    ['a non-leading field alone', { category: '餐饮' }],
    ['a regular expression', { licenceNo: /^91/ }],
    ['an $or', { $or: [{ districtId: 'd' }, { category: 'x' }] }],
    ['an empty query', {}],
  ])('scans for %s', (_label, query) => {
    expect(planQuery(query, SHOPS)).toEqual({ kind: 'scan' })
  })

  it('treats a range on a leading field as served by that index', () => {
    expect(planQuery({ districtId: { $gt: 'a' } }, SHOPS).kind).toBe('range')
  })

  it('treats an unfiltered read in index order as served', () => {
    expect(planQuery({}, SHOPS, { licenceNo: 1 }).kind).toBe('range')
    expect(planQuery({}, SHOPS, { name: 1 }).kind).toBe('scan')
  })
})

describe('entryKeys', () => {
  it('gives one entry per array element', () => {
    expect(entryKeys({ merchantIds: ['a', 'b', 'a'] }, SHOPS[1])).toEqual([['"a"'], ['"b"']])
  })

  it('leaves documents without the field out of a unique index', () => {
    expect(entryKeys({ name: 'x' }, SHOPS[2])).toBeNull()
    expect(entryKeys({ licenceNo: 'L1' }, SHOPS[2])).toEqual([['"L1"']])
  })

  it('encodes equal values equally and different types differently', () => {
    expect(encodeKey(new Date(5))).toBe(encodeKey(new Date(5)))
    expect(encodeKey('1')).not.toBe(encodeKey(1))
    expect(encodeKey(undefined)).toBe(encodeKey(null))
  })

  it('reads dotted paths through arrays of objects', () => {
    expect(valuesAt({ a: [{ b: 1 }, { b: 2 }] }, 'a.b')).toEqual([1, 2])
    expect(valuesAt({ a: { b: { c: 'x' } } }, 'a.b.c')).toEqual(['x'])
    expect(valuesAt({}, 'a.b')).toEqual([undefined])
  })
})

it('describes a query shape without its values', () => {
  expect(queryShape({ b: 'secret', a: { $gt: 5 } })).toBe('{"a":{"$gt":1},"b":1}')
})

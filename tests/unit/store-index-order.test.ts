// The local store answers counts and "newest first" pages of queries an index covers from the
// index entries alone. Whatever path it takes, the answer must be the one mingo gives over all
// documents: checked here on data with missing values, arrays and ties.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Query, aggregate } from 'mingo'
import Database from 'better-sqlite3'
import { EnvStore } from '../../local-cloud/store'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-order-'))
const store = new EnvStore(path.join(dir, 'db.sqlite'))
afterAll(() => {
  store.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const NAMES = ['王小军', '王芳', '李王', '王', 'a.b', 'a+b', '王\u{20000}']

const docs = Array.from({ length: 120 }, (_, i) => ({
  _id: `d${i}`,
  name: NAMES[i % NAMES.length],
  district: i % 2 ? 'a' : 'b',
  status: ['pending', 'verified', 'rejected'][i % 3],
  // Some documents of district a lack the sort field (b's never do); some share a timestamp.
  ...(i % 17 === 0 && i % 2 === 1
    ? {}
    : { at: new Date(Date.UTC(2026, 0, 1, 0, Math.floor(i / 2))) }),
  tags: i % 5 === 0 ? ['x', 'y'] : ['x'],
  n: i % 7,
}))

beforeAll(() => {
  store.ensureCollection('things', {
    indexes: [
      { name: 'district_status_at', keys: { district: 1, status: 1, at: -1 } },
      { name: 'tags_n', keys: { tags: 1, n: 1 } },
      { name: 'district_status_n', keys: { district: 1, status: 1, n: 1 } },
      { name: 'district_status_name', keys: { district: 1, status: 1, name: 1 } },
    ],
  })
  store.commit(docs.map((doc) => ({ coll: 'things', id: doc._id, doc })))
})

function expected(query: object, order: Record<string, 1 | -1>, offset: number, limit: number) {
  return new Query(query)
    .find(docs)
    .sort(order)
    .skip(offset)
    .limit(limit)
    .all()
    .map((d) => (d as { _id: string })._id)
}

const CASES: [object, Record<string, 1 | -1>][] = [
  [{ district: 'a', status: 'pending' }, { at: -1 }],
  [{ district: 'b', status: { $in: ['pending', 'rejected'] } }, { at: 1 }],
  [{ district: 'a', status: 'verified' }, { n: 1 }],
  [{ tags: 'y' }, { n: -1 }],
  [{ tags: 'x' }, { n: 1 }],
  [{ district: 'a', status: 'pending', n: 3 }, { at: -1 }],
]

it.each(CASES)('pages %j sorted %j as mingo does over every document', (query, order) => {
  for (const [offset, limit] of [
    [0, 5],
    [5, 5],
    [0, 100],
  ]) {
    const got = store.find('things', query as never, { order, offset, limit })
    const ids = got.map((d) => (d as { _id: string })._id)
    const want = expected(query, order, offset, limit)
    // Ties may come in either order; the sort keys must agree position by position.
    const key = Object.keys(order)[0] as keyof (typeof docs)[number]
    const keyOf = (id: string) => JSON.stringify(docs.find((d) => d._id === id)![key] ?? null)
    expect(ids.map(keyOf)).toEqual(want.map(keyOf))
    expect(new Set(ids).size).toBe(ids.length)
  }
  expect(store.count('things', query as never)).toBe(new Query(query).find(docs).all().length)
})

const GROUPS: [object, string][] = [
  [{ district: 'b', status: 'verified' }, '$n'],
  [{ district: 'a', status: 'pending' }, '$at'],
  [{ district: 'a', status: { $in: ['pending', 'rejected'] } }, '$n'],
  [{ tags: 'x' }, '$n'],
]

it.each(GROUPS)('counts %j grouped by %s as mingo does', (match, by) => {
  const pipeline = [{ $match: match }, { $group: { _id: by, n: { $sum: 1 } } }, { $limit: 1000 }]
  const sorted = (rows: unknown[]) =>
    (rows as { _id: unknown; n: number }[])
      .map((r) => `${r._id instanceof Date ? r._id.toISOString() : JSON.stringify(r._id)}=${r.n}`)
      .sort()
  expect(sorted(store.aggregate('things', pipeline as never))).toEqual(
    sorted(aggregate(docs, pipeline as never)),
  )
})

it.each([/^王/, /^王小/, /^a\.b/, /^a\+/, /^王\u{20000}/u, /王/, /^.王/, /^w/i])(
  'finds names matching %s as mingo does',
  (pattern) => {
    const query = { district: 'a', status: 'pending', name: pattern }
    const got = store.find('things', query as never, { order: { at: -1 }, limit: 100 })
    const want = new Query(query).find(docs).all()
    const ids = (list: unknown[]) => list.map((d) => (d as { _id: string })._id).sort()
    expect(ids(got)).toEqual(ids(want))
    expect(store.count('things', query as never)).toBe(want.length)
  },
)

it('counts as mingo does after reopening a store whose indexes do not yet say which are multikey', () => {
  const oldDir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-old-'))
  const file = path.join(oldDir, 'db.sqlite')
  const old = new EnvStore(file)
  old.ensureCollection('things', {
    indexes: [
      { name: 'tags_n', keys: { tags: 1, n: 1 } },
      { name: 'district_status_n', keys: { district: 1, status: 1, n: 1 } },
    ],
  })
  old.commit(docs.map((doc) => ({ coll: 'things', id: doc._id, doc })))
  old.close()
  // As an earlier version wrote it: the indexes without the flag.
  const raw = new Database(file)
  const row = raw.prepare("SELECT indexes FROM collections WHERE name = 'things'").get() as {
    indexes: string
  }
  const stripped = (JSON.parse(row.indexes) as Record<string, unknown>[]).map(
    ({ multikey: _, ...ix }) => ix,
  )
  raw
    .prepare("UPDATE collections SET indexes = ? WHERE name = 'things'")
    .run(JSON.stringify(stripped))
  raw.close()

  const reopened = new EnvStore(file)
  try {
    for (const query of [
      { tags: 'x' },
      { tags: { $in: ['x', 'y'] } },
      { district: 'a', status: 'verified' },
    ])
      expect(reopened.count('things', query as never)).toBe(
        new Query(query).find(docs).all().length,
      )
  } finally {
    reopened.close()
    fs.rmSync(oldDir, { recursive: true, force: true })
  }
})

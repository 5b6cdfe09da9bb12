// The console's sortable columns: each list answers in the order asked for, and names the field
// of an order it does not know.
import { fileStack } from '../../support/stack'

const stack = fileStack()

async function list(fn: string, action: string, data: object) {
  const res = await stack.http('demo-admin', fn, { action, data })
  expect(res.status).toBe(200)
  return res.body.data.list as Record<string, any>[]
}

const ascending = (values: (string | number)[]) =>
  values.every((v, i) => i === 0 || values[i - 1] <= v)

it('orders shops by name, or by integrity score either way', async () => {
  const byName = await list('shop', 'adminList', { pageSize: 50 })
  expect(byName.map((s) => s.name)).toEqual([...byName.map((s) => s.name)].sort())
  const low = (await list('shop', 'adminList', { pageSize: 50, order: 'score-asc' })).map(
    (s) => s.score,
  )
  expect(ascending(low)).toBe(true)
  expect(new Set(low).size).toBeGreaterThan(1)
  const high = (await list('shop', 'adminList', { pageSize: 50, order: 'score-desc' })).map(
    (s) => s.score,
  )
  // Ties (equal scores) may come in any order: the scores, not the shops, are compared.
  expect(high).toEqual([...low].reverse())
})

it('orders registrations, complaints and the audit log newest or oldest first', async () => {
  for (const [fn, action, data, field] of [
    ['member', 'queue', { status: 'verified' }, 'submittedAt'],
    ['complaint', 'queue', {}, 'createdAt'],
    ['audit', 'list', {}, 'at'],
  ] as const) {
    const newest = (await list(fn, action, { ...data, pageSize: 50 })).map((r) => r[field])
    const oldest = (await list(fn, action, { ...data, pageSize: 50, order: 'oldest' })).map(
      (r) => r[field],
    )
    expect(newest.length).toBeGreaterThan(1)
    expect(ascending(oldest)).toBe(true)
    expect(oldest).toEqual([...newest].reverse())
  }
})

it('names the order field when the order is unknown', async () => {
  for (const [fn, action] of [
    ['shop', 'adminList'],
    ['member', 'queue'],
    ['complaint', 'queue'],
    ['audit', 'list'],
  ]) {
    const res = await stack.http('demo-admin', fn, { action, data: { order: 'sideways' } })
    expect(res.status).toBe(400)
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['order'])
  }
})

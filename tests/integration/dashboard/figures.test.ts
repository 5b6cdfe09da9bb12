// 数据看板's figures, checked against the documents themselves: every number is what a committee
// member counting the stored records by hand would get, and every query is index-served.
import { API } from '../../../types/api'
import { presetPeriod, monthsBetween } from '../../../types/dashboard'
import { shanghaiMonth } from '../../../types/shanghai-time'
import { DEMO_CALLERS, expectRolesRefused } from '../../support/access'
import { dumpDatabase, expectEveryQueryIndexed, fileStack } from '../../support/stack'

const stack = fileStack()

async function figures(openid: string | null, data: object) {
  return stack.http(openid, 'dashboard', { action: 'figures', data })
}

type Doc = Record<string, any>
const at = (d: unknown) => new Date((d as { $date?: string })?.$date ?? (d as string))

it('counts the demo district as its documents stand', async () => {
  const year = presetPeriod('year')
  const res = await figures('demo-admin', year)
  expect(res.status).toBe(200)
  const f = res.body.data
  const db = dumpDatabase(stack) as Record<string, Doc[]>
  const months = new Set(monthsBetween(year.from, year.to))
  const inPeriod = (d: unknown) => d != null && months.has(shanghaiMonth(at(d)))

  // Complaints filed in the period, by category; handled and overdue as stored.
  const filed = db.complaints.filter((c) => inPeriod(c.createdAt))
  expect(f.complaints.total).toBe(filed.length)
  expect(f.complaints.handled).toBe(filed.filter((c) => c.handledAt).length)
  const late = filed.filter(
    (c) => c.deadline && (c.handledAt ? at(c.handledAt) : new Date()) > at(c.deadline),
  )
  expect(f.complaints.overdue).toBe(late.length)
  for (const row of f.complaints.byCategory)
    expect(row.total).toBe(filed.filter((c) => c.category === row.category).length)

  // Open shops by level, and coverage: open shops where a verified member works.
  const open = db.shops.filter((s) => s.status === 'open')
  for (const { level, shops } of f.integrity)
    expect(shops).toBe(open.filter((s) => s.integrity.level === level).length)
  const verified = db.members.filter((m) => m.status === 'verified')
  const workplaces = new Set(verified.map((m) => m.workShopId))
  const covered = open.filter((s) => workplaces.has(s._id))
  expect(f.coverage).toMatchObject({ covered: covered.length, shops: open.length })
  expect(f.coverage.covered).toBeGreaterThan(0)
  for (const b of f.coverage.branches) {
    const ofBranch = open.filter((s) => s.orgId === b.orgId)
    expect(b).toMatchObject({
      shops: ofBranch.length,
      covered: ofBranch.filter((s) => workplaces.has(s._id)).length,
      members: verified.filter((m) => m.branchId === b.orgId).length,
    })
  }

  // Members found and verified by month; the running total ends at today's verified members.
  const last = f.members.trend[f.members.trend.length - 1]
  expect(last.total).toBe(verified.length)
  for (const row of f.members.trend) {
    const found = db.members.filter(
      (m) =>
        m.submittedAt && m.status !== 'draft' && shanghaiMonth(at(m.submittedAt)) === row.month,
    )
    expect({ month: row.month, found: row.found }).toEqual({
      month: row.month,
      found: found.length,
    })
  }

  // Wishes by the month each step was taken; volunteer hours by the records' months.
  const wishes = db.wishes ?? []
  expect(f.wishes.submitted).toBe(wishes.filter((w) => months.has(w.submittedMonth)).length)
  expect(f.wishes.fulfilled).toBe(wishes.filter((w) => months.has(w.fulfilledMonth)).length)
  const hours = (db.service_records ?? [])
    .filter((r) => months.has(r.month))
    .reduce((sum, r) => sum + r.hours, 0)
  expect(f.volunteering.hours).toBe(hours)
  expect(f.volunteering.hours).toBeGreaterThan(0)
  expect(f.period.label).toMatch(/年/)
  expectEveryQueryIndexed(stack)
})

it('shows a trend of at least six months for a one-month period', async () => {
  const res = await figures('demo-admin', presetPeriod('month'))
  expect(res.body.data.members.trend).toHaveLength(6)
  expect(res.body.data.volunteering.trend).toHaveLength(6)
})

it('names the field of a bad period', async () => {
  const cases: [object, string][] = [
    [{ from: '2026-13', to: '2026-12' }, 'from'],
    [{ from: '2026-12', to: '2026-11' }, 'from'],
    [{ from: '2020-01', to: '2026-12' }, 'from'],
    [{ from: '2026-01' }, 'to'],
  ]
  for (const [data, field] of cases) {
    const res = await figures('demo-admin', data)
    expect(res.status).toBe(400)
    expect(res.body.error.issues.map((e: { path: string }) => e.path)).toContain(field)
  }
})

it('is for the committee only', async () => {
  await expectRolesRefused(API.dashboard, DEMO_CALLERS, (openid, action, data) =>
    stack.http(openid, 'dashboard', { action, data }),
  )
})

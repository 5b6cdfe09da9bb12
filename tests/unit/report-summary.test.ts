// The monthly report's generated summary reads the figures against the period before.
import type { DashboardFigures } from '../../types/dashboard'
import { reportSummary } from '../../server/domain/report-summary'

function figures(over: Partial<DashboardFigures> = {}): DashboardFigures {
  return {
    period: { from: '2026-11', to: '2026-11', label: '2026年11月' },
    members: {
      found: 15,
      verified: 12,
      trend: [{ month: '2026-11', found: 15, verified: 12, total: 62 }],
    },
    coverage: {
      covered: 21,
      shops: 31,
      rate: 67.7,
      branches: [
        { orgId: 'b1', name: '美食街党支部', covered: 8, shops: 10, rate: 80, members: 20 },
        { orgId: 'b2', name: '数码城党支部', covered: 3, shops: 10, rate: 30, members: 6 },
        { orgId: 'b3', name: '新支部', covered: 0, shops: 0, rate: 0, members: 0 },
      ],
    },
    complaints: {
      total: 9,
      handled: 7,
      medianDays: 2.5,
      overdue: 1,
      overdueShare: 11.1,
      byCategory: [
        { category: 'price', total: 2, handled: 2, medianDays: 1, overdue: 0, overdueShare: 0 },
        { category: 'service', total: 5, handled: 4, medianDays: 3, overdue: 1, overdueShare: 20 },
      ],
    },
    integrity: [
      { level: 'green', shops: 28 },
      { level: 'yellow', shops: 2 },
      { level: 'red', shops: 1 },
    ],
    wishes: { submitted: 6, approved: 5, claimed: 4, fulfilled: 3 },
    volunteering: { hours: 120, activities: 4, trend: [] },
    ...over,
  } as DashboardFigures
}

it('compares members, complaints and hours with the period before', () => {
  const prev = figures({
    members: {
      found: 3,
      verified: 2,
      trend: [{ month: '2026-10', found: 3, verified: 2, total: 50 }],
    },
    complaints: { ...figures().complaints, total: 4 },
    volunteering: { hours: 80, activities: 2, trend: [] },
  })
  expect(reportSummary(figures(), prev)).toEqual([
    '2026年11月，新登记党员 15 名，新认证 12 名，认证党员由 50 名增至 62 名。',
    '党的工作覆盖率 67.7%（有认证党员的营业店铺 21 / 31 家）；数码城党支部覆盖率最低（30%）。',
    '收到投诉 9 件（上期 4 件），已办理 7 件，办理用时中位数 2.5 天，超期 1 件（11.1%）；最多的是「服务态度」（5 件）。',
    '诚信预警店铺 1 家，需要改进 2 家，诚信良好 28 家。',
    '微心愿新提交 6 个，审核通过 5 个，认领 4 个，实现 3 个。',
    '开展志愿服务活动 4 场，服务时长 120 小时（上期 80 小时）。',
  ])
})

it('says plainly when a period had no complaints, no wishes and no warnings', () => {
  const quiet = figures({
    complaints: { ...figures().complaints, total: 0, handled: 0, medianDays: null, byCategory: [] },
    integrity: [
      { level: 'green', shops: 31 },
      { level: 'yellow', shops: 0 },
      { level: 'red', shops: 0 },
    ],
    wishes: { submitted: 0, approved: 0, claimed: 0, fulfilled: 0 },
  })
  const lines = reportSummary(quiet, null)
  expect(lines[0]).toContain('认证党员累计 62 名')
  expect(lines[2]).toBe('本期未收到投诉。')
  expect(lines[3]).toBe('营业店铺诚信等级均为“诚信良好”。')
  expect(lines[4]).toBe('本期没有微心愿的新进展。')
})

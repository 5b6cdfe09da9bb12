// The monthly report's generated summary reads the figures against the period before.
import type { DashboardFigures } from '../../types/dashboard'
import { reportSummary } from '../../server/domain/report-summary'
import { FIGURES } from '../support/dashboard-figures'

/** The period before: fewer verified members, complaints and hours. */
const BEFORE: DashboardFigures = {
  ...FIGURES,
  members: { ...FIGURES.members, trend: [{ month: '2026-11', found: 1, verified: 1, total: 6 }] },
  complaints: { ...FIGURES.complaints, total: 4 },
  volunteering: { ...FIGURES.volunteering, hours: 8 },
}

it('compares members, complaints and hours with the period before', () => {
  const withBranches: DashboardFigures = {
    ...FIGURES,
    coverage: {
      ...FIGURES.coverage,
      branches: [
        ...FIGURES.coverage.branches,
        { orgId: 'org-2', name: '数码城党支部', covered: 0, shops: 4, rate: 0, members: 0 },
        { orgId: 'org-3', name: '新支部', covered: 0, shops: 0, rate: 0, members: 0 },
      ],
    },
  }
  expect(reportSummary(withBranches, BEFORE)).toEqual([
    '2026年12月，新登记党员 5 名，新认证 3 名，认证党员由 6 名增至 10 名。',
    '党的工作覆盖率 40%（有认证党员的营业店铺 4 / 10 家）；数码城党支部覆盖率最低（0%）。',
    '收到投诉 2 件（上期 4 件），已办理 1 件，办理用时中位数 2.5 天，超期 1 件（50%）；最多的是「价格问题」（2 件）。',
    '诚信预警店铺 1 家，需要改进 2 家，诚信良好 7 家。',
    '微心愿新提交 8 个，审核通过 6 个，认领 4 个，实现 2 个。',
    '开展志愿服务活动 3 场，服务时长 12 小时（上期 8 小时）。',
  ])
})

it('says plainly when a period had no complaints, no wishes and no warnings', () => {
  const quiet: DashboardFigures = {
    ...FIGURES,
    complaints: { ...FIGURES.complaints, total: 0, handled: 0, medianDays: null, byCategory: [] },
    integrity: [
      { level: 'green', shops: 10 },
      { level: 'yellow', shops: 0 },
      { level: 'red', shops: 0 },
    ],
    wishes: { submitted: 0, approved: 0, claimed: 0, fulfilled: 0 },
  }
  const lines = reportSummary(quiet, null)
  expect(lines[0]).toContain('认证党员累计 10 名')
  // The only branch covers more than the district as a whole: no weakest branch is named.
  expect(lines[1]).toBe('党的工作覆盖率 40%（有认证党员的营业店铺 4 / 10 家）。')
  expect(lines[2]).toBe('本期未收到投诉。')
  expect(lines[3]).toBe('营业店铺诚信等级均为“诚信良好”。')
  expect(lines[4]).toBe('本期没有微心愿的新进展。')
})

it('says the count held when nobody was verified, and that there are no shops when there are none', () => {
  const same: DashboardFigures = {
    ...BEFORE,
    members: { ...FIGURES.members, verified: 0, trend: BEFORE.members.trend },
  }
  expect(reportSummary(same, BEFORE)[0]).toContain('认证党员保持 6 名')
  const fewer: DashboardFigures = {
    ...FIGURES,
    members: { ...FIGURES.members, trend: [{ month: '2026-12', found: 0, verified: 0, total: 4 }] },
  }
  expect(reportSummary(fewer, BEFORE)[0]).toContain('认证党员由 6 名减至 4 名')
  const empty: DashboardFigures = {
    ...FIGURES,
    integrity: FIGURES.integrity.map((i) => ({ ...i, shops: 0 })),
  }
  expect(reportSummary(empty, null)[3]).toBe('暂无营业店铺。')
})

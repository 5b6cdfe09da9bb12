// A small district's dashboard figures, as dashboard.figures answers them: what the chart and
// report tests draw and summarise.
import type { DashboardFigures } from '../../types/dashboard'

export const FIGURES: DashboardFigures = {
  period: { from: '2026-12', to: '2026-12', label: '2026年12月' },
  members: {
    found: 5,
    verified: 3,
    trend: ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'].map((month, i) => ({
      month,
      found: i,
      verified: i,
      total: i * 2,
    })),
  },
  coverage: {
    covered: 4,
    shops: 10,
    rate: 40,
    branches: [
      { orgId: 'org-1', name: '美食街党支部', covered: 4, shops: 6, rate: 66.7, members: 4 },
    ],
  },
  complaints: {
    total: 2,
    handled: 1,
    medianDays: 2.5,
    overdue: 1,
    overdueShare: 50,
    byCategory: [
      { category: 'price', total: 2, handled: 1, medianDays: 2.5, overdue: 1, overdueShare: 50 },
    ],
  },
  integrity: [
    { level: 'green', shops: 7 },
    { level: 'yellow', shops: 2 },
    { level: 'red', shops: 1 },
  ],
  wishes: { submitted: 8, approved: 6, claimed: 4, fulfilled: 2 },
  volunteering: {
    hours: 12,
    activities: 3,
    trend: [{ month: '2026-12', hours: 12, activities: 3 }],
  },
}

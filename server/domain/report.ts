// 月度工作报告: the period's figures, read against the period before, as a printable PDF. The figures
// are the dashboard's own (dashboardFigures), so the report, the charts and the ledgers agree.
import { COMPLAINT_CATEGORIES } from '../../types/complaint'
import {
  CHART_COLOURS,
  LEVEL_COLOURS,
  WISH_FUNNEL_LABELS,
  monthLabels,
  previousPeriod,
  type DashboardFigures,
  type PeriodInput,
} from '../../types/dashboard'
import { INTEGRITY_LEVEL_LABELS } from '../../types/integrity'
import { formatShanghai } from '../../types/shanghai-time'
import type { Database } from '../kernel/database'
import { findDistrict } from '../repositories/districts'
import { summaryRows } from '../services/district-ledger-sheets'
import { renderReport, type ReportChart } from '../services/report-pdf'
import { dashboardFigures } from './dashboard'
import { reportSummary } from './report-summary'

const [RED, GOLD] = CHART_COLOURS

/** The charts of the report, the dashboard's in the same order. */
export function reportCharts(f: DashboardFigures): ReportChart[] {
  const months = monthLabels(f.members.trend.map((t) => t.month))
  const funnel = Object.keys(WISH_FUNNEL_LABELS) as (keyof typeof WISH_FUNNEL_LABELS)[]
  return [
    {
      title: '党员发现与认证（按月）',
      series: [
        { name: '登记', colour: GOLD },
        { name: '认证', colour: RED },
      ],
      bars: f.members.trend.map((t, i) => ({ label: months[i], values: [t.found, t.verified] })),
      unit: ' 名',
    },
    {
      title: '各支部党的工作覆盖率',
      series: [{ name: '覆盖率', colour: RED }],
      bars: f.coverage.branches.map((b) => ({ label: b.name, values: [b.rate] })),
      unit: '%',
    },
    {
      title: '投诉类别',
      series: [
        { name: '收到', colour: RED },
        { name: '超期', colour: GOLD },
      ],
      bars: f.complaints.byCategory.map((c) => ({
        label: COMPLAINT_CATEGORIES[c.category],
        values: [c.total, c.overdue],
      })),
      unit: ' 件',
    },
    {
      title: '店铺诚信等级',
      series: [{ name: '店铺', colour: RED }],
      bars: f.integrity.map((i) => ({
        label: INTEGRITY_LEVEL_LABELS[i.level],
        values: [i.shops],
        colour: LEVEL_COLOURS[i.level],
      })),
      unit: ' 家',
    },
    {
      title: '微心愿进展',
      series: [{ name: '心愿', colour: RED }],
      bars: funnel.map((step) => ({ label: WISH_FUNNEL_LABELS[step], values: [f.wishes[step]] })),
      unit: ' 个',
    },
    {
      title: '志愿服务时长（按月）',
      series: [{ name: '时长', colour: RED }],
      bars: f.volunteering.trend.map((t, i) => ({ label: months[i], values: [t.hours] })),
      unit: ' 小时',
    },
  ]
}

/** The report's PDF bytes for `period`, compared with the period of equal length before it. */
export async function monthlyReport(
  db: Database,
  districtId: string,
  period: PeriodInput,
  now: Date,
): Promise<Buffer> {
  const [figures, prev, district] = await Promise.all([
    dashboardFigures(db, districtId, period, now),
    dashboardFigures(db, districtId, previousPeriod(period), now),
    findDistrict(db),
  ])
  return renderReport({
    title: district?.committeeName ?? '商圈党委',
    periodLabel: figures.period.label,
    madeOn: formatShanghai(now, 'YYYY年MM月DD日'),
    summary: reportSummary(figures, prev),
    // The period is on the cover, and too long for the figures' value column when it spans years.
    figures: summaryRows(figures).slice(1),
    charts: reportCharts(figures),
  })
}

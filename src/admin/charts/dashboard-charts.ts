// The dashboard's charts, each stated once as data: its title, the echarts option drawn from the
// figures and the table of the same numbers (one tap away under the chart). Both come from the same
// rows, so a chart and its table cannot disagree.
import { COMPLAINT_CATEGORIES } from '../../../types/complaint'
import { INTEGRITY_LEVEL_LABELS } from '../../../types/integrity'
import {
  CHART_COLOURS,
  LEVEL_COLOURS,
  WISH_FUNNEL_LABELS,
  monthLabels,
  type DashboardFigures,
} from '../../../types/dashboard'
import type { ChartOption } from './echarts'

export type ChartTable = { columns: string[]; rows: (string | number)[][] }

export type DashboardChart = {
  name: string
  title: string
  /** The chart's own line under its title, e.g. what "covered" means. */
  note?: string
  option: ChartOption
  table: ChartTable
}

const days = (d: number | null) => (d === null ? '—' : d)
const percent = (r: number) => `${r}%`

type MonthSeries<R> = { name: string; type: 'bar' | 'line'; value: (row: R) => number }

/** Months along x, one bar or line per series; the table a column per series. */
function monthTrend<R extends { month: string }>(
  trend: readonly R[],
  series: MonthSeries<R>[],
): Pick<DashboardChart, 'option' | 'table'> {
  const months = monthLabels(trend.map((r) => r.month))
  return {
    option: {
      color: CHART_COLOURS,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) => ({
        name: s.name,
        type: s.type,
        data: trend.map(s.value),
        smooth: s.type === 'line',
      })),
    },
    table: {
      columns: ['月份', ...series.map((s) => s.name)],
      rows: trend.map((r, i) => [months[i], ...series.map((s) => s.value(r))]),
    },
  }
}

/** Names down the side, a bar each. */
function namedBars(names: string[], series: { name: string; data: number[] }[]): ChartOption {
  return {
    color: CHART_COLOURS,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, inverse: true },
    series: series.map((s) => ({ ...s, type: 'bar' })),
  }
}

function members(f: DashboardFigures): DashboardChart {
  return {
    name: 'members',
    title: '党员发现与认证',
    note: `本期新发现 ${f.members.found} 名，新认证 ${f.members.verified} 名`,
    ...monthTrend(f.members.trend, [
      { name: '新发现', type: 'bar', value: (r) => r.found },
      { name: '新认证', type: 'bar', value: (r) => r.verified },
      { name: '认证党员累计', type: 'line', value: (r) => r.total },
    ]),
  }
}

function coverage(f: DashboardFigures): DashboardChart {
  const branches = f.coverage.branches
  return {
    name: 'coverage',
    title: '各支部党的工作覆盖率',
    note: `全商圈 ${f.coverage.covered}/${f.coverage.shops} 家营业商户有认证党员，覆盖率 ${percent(f.coverage.rate)}`,
    option: {
      ...namedBars(
        branches.map((b) => b.name),
        [{ name: '覆盖率（%）', data: branches.map((b) => b.rate) }],
      ),
      xAxis: { type: 'value', max: 100 },
    },
    table: {
      columns: ['支部', '覆盖商户', '营业商户', '覆盖率', '认证党员'],
      rows: branches.map((b) => [b.name, b.covered, b.shops, percent(b.rate), b.members]),
    },
  }
}

function complaints(f: DashboardFigures): DashboardChart {
  const rows = f.complaints.byCategory
  const names = rows.map((r) => COMPLAINT_CATEGORIES[r.category])
  const c = f.complaints
  return {
    name: 'complaints',
    title: '投诉类别与办理',
    note: `本期投诉 ${c.total} 件，已办理 ${c.handled} 件，中位办理 ${days(c.medianDays)} 天，逾期占 ${percent(c.overdueShare)}`,
    option: namedBars(names, [
      { name: '投诉', data: rows.map((r) => r.total) },
      { name: '逾期', data: rows.map((r) => r.overdue) },
    ]),
    table: {
      columns: ['类别', '投诉', '已办理', '中位办理天数', '逾期', '逾期占比'],
      rows: rows.map((r, i) => [
        names[i],
        r.total,
        r.handled,
        days(r.medianDays),
        r.overdue,
        percent(r.overdueShare),
      ]),
    },
  }
}

function integrity(f: DashboardFigures): DashboardChart {
  const data = f.integrity.map((l) => ({
    name: INTEGRITY_LEVEL_LABELS[l.level],
    value: l.shops,
    itemStyle: { color: LEVEL_COLOURS[l.level] },
  }))
  return {
    name: 'integrity',
    title: '商户诚信等级',
    note: '营业商户当前的诚信等级',
    option: {
      tooltip: { trigger: 'item' },
      legend: { top: 0 },
      series: [
        {
          name: '商户',
          type: 'pie',
          radius: ['40%', '68%'],
          center: ['50%', '58%'],
          label: { formatter: '{b} {c}' },
          data,
        },
      ],
    },
    table: { columns: ['等级', '商户'], rows: data.map((d) => [d.name, d.value]) },
  }
}

function wishes(f: DashboardFigures): DashboardChart {
  const steps = (Object.keys(WISH_FUNNEL_LABELS) as (keyof typeof WISH_FUNNEL_LABELS)[]).map(
    (step) => ({ name: WISH_FUNNEL_LABELS[step], value: f.wishes[step] }),
  )
  return {
    name: 'wishes',
    title: '微心愿漏斗',
    note: '本期每一步发生的心愿数',
    option: namedBars(
      steps.map((s) => s.name),
      [{ name: '心愿', data: steps.map((s) => s.value) }],
    ),
    table: { columns: ['环节', '心愿'], rows: steps.map((s) => [s.name, s.value]) },
  }
}

function volunteering(f: DashboardFigures): DashboardChart {
  return {
    name: 'volunteering',
    title: '志愿服务时长',
    note: `本期 ${f.volunteering.activities} 场活动，服务 ${f.volunteering.hours} 小时`,
    ...monthTrend(f.volunteering.trend, [
      { name: '服务时长（小时）', type: 'bar', value: (r) => r.hours },
      { name: '活动', type: 'line', value: (r) => r.activities },
    ]),
  }
}

/** Every chart of the dashboard, in the order it shows them. */
export function dashboardCharts(f: DashboardFigures): DashboardChart[] {
  return [members, coverage, complaints, integrity, wishes, volunteering].map((chart) => chart(f))
}

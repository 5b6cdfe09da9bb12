// 数据看板: the committee's figures for a period of months — members found and verified, coverage per
// branch, complaints by category, shops by integrity level, the wish funnel, volunteer hours. Every
// chart on the dashboard is drawn from these numbers and shows them as a table too.
import { z } from 'zod'
import { ComplaintCategory } from './complaint'
import { IntegrityLevel } from './integrity'
import { Id, Month } from './common'
import { inShanghai, shanghaiMonth, startOfShanghaiMonth } from './shanghai-time'

/** The longest period one request may cover. */
export const MAX_PERIOD_MONTHS = 36
/** A trend shows at least this many months, ending with the period's last. */
export const MIN_TREND_MONTHS = 6

export const PeriodInput = z
  .object({ from: Month, to: Month })
  .refine((p) => p.from <= p.to, { message: '开始月份须不晚于结束月份', path: ['from'] })
  .refine((p) => monthsBetween(p.from, p.to).length <= MAX_PERIOD_MONTHS, {
    message: `一次最多统计 ${MAX_PERIOD_MONTHS} 个月`,
    path: ['from'],
  })
export type PeriodInput = z.infer<typeof PeriodInput>

export const PERIOD_PRESETS = {
  month: '本月',
  quarter: '本季度',
  year: '本年',
  custom: '自定义',
} as const
export type PeriodPreset = keyof typeof PERIOD_PRESETS

/** Every month from `from` to `to` inclusive, YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = inShanghai(startOfShanghaiMonth(from)); ; m = m.add(1, 'month')) {
    const month = m.format('YYYY-MM')
    if (month > to || out.length > MAX_PERIOD_MONTHS) return out
    out.push(month)
  }
}

/** The months a preset names, as of `now`: this month, this quarter or this year so far. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, now = new Date()) {
  const to = shanghaiMonth(now)
  const [year, month] = to.split('-').map(Number)
  if (preset === 'month') return { from: to, to }
  if (preset === 'year') return { from: `${year}-01`, to }
  const first = month - ((month - 1) % 3)
  return { from: `${year}-${String(first).padStart(2, '0')}`, to }
}

/** The months a trend covers: the period, or the MIN_TREND_MONTHS ending with it if it is shorter. */
export function trendMonths(period: PeriodInput): string[] {
  const months = monthsBetween(period.from, period.to)
  if (months.length >= MIN_TREND_MONTHS) return months
  const start = inShanghai(startOfShanghaiMonth(period.to)).subtract(MIN_TREND_MONTHS - 1, 'month')
  return monthsBetween(start.format('YYYY-MM'), period.to)
}

/** How a period reads: 2026年11月, 2026年10月—12月, 2025年11月—2026年2月. */
export function periodLabel({ from, to }: PeriodInput): string {
  const [fy, fm] = from.split('-').map(Number)
  const [ty, tm] = to.split('-').map(Number)
  if (from === to) return `${fy}年${fm}月`
  return fy === ty ? `${fy}年${fm}月—${tm}月` : `${fy}年${fm}月—${ty}年${tm}月`
}

const Rate = z.number().describe('a percentage with one decimal, 0–100')

export const MemberTrend = z.object({
  month: z.string(),
  /** Registrations submitted that month. */
  found: z.number(),
  /** Registrations verified that month. */
  verified: z.number(),
  /** Verified members at the month's end (those since revoked or erased not counted). */
  total: z.number(),
})

export const BranchCoverage = z.object({
  orgId: Id,
  name: z.string(),
  /** Open shops the branch covers with at least one verified member working there. */
  covered: z.number(),
  shops: z.number(),
  rate: Rate,
  members: z.number(),
})

export const ComplaintCategoryFigures = z.object({
  category: ComplaintCategory,
  total: z.number(),
  handled: z.number(),
  /** Median days from filing to handling, of those handled; null when none was. */
  medianDays: z.number().nullable(),
  /** Handled after their deadline, or still open past it. */
  overdue: z.number(),
  overdueShare: Rate,
})

export const DashboardFigures = z.object({
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  members: z.object({
    found: z.number(),
    verified: z.number(),
    trend: z.array(MemberTrend),
  }),
  coverage: z.object({
    covered: z.number(),
    shops: z.number(),
    rate: Rate,
    branches: z.array(BranchCoverage),
  }),
  complaints: z.object({
    total: z.number(),
    handled: z.number(),
    medianDays: z.number().nullable(),
    overdue: z.number(),
    overdueShare: Rate,
    byCategory: z.array(ComplaintCategoryFigures),
  }),
  /** Open shops by integrity level, as they stand now. */
  integrity: z.array(z.object({ level: IntegrityLevel, shops: z.number() })),
  /** Wishes submitted, approved, claimed and fulfilled in the period (each step in its month). */
  wishes: z.object({
    submitted: z.number(),
    approved: z.number(),
    claimed: z.number(),
    fulfilled: z.number(),
  }),
  volunteering: z.object({
    hours: z.number(),
    activities: z.number(),
    trend: z.array(z.object({ month: z.string(), hours: z.number(), activities: z.number() })),
  }),
})
export type DashboardFigures = z.infer<typeof DashboardFigures>

export const WISH_FUNNEL_LABELS = {
  submitted: '提交',
  approved: '审核通过',
  claimed: '认领',
  fulfilled: '实现',
} as const

/** The period of equal length just before `period` (the report compares with it). */
export function previousPeriod(period: PeriodInput): PeriodInput {
  const length = monthsBetween(period.from, period.to).length
  const start = inShanghai(startOfShanghaiMonth(period.from))
  return {
    from: start.subtract(length, 'month').format('YYYY-MM'),
    to: start.subtract(1, 'month').format('YYYY-MM'),
  }
}

/** Party red and the colours beside it, in the order chart series take them (dashboard and report). */
export const CHART_COLOURS = ['#c8161d', '#f0a020', '#3a7bd5', '#2e9e6a', '#8e5bd6', '#7a7a7a']
export const LEVEL_COLOURS = { green: '#2e9e6a', yellow: '#f0a020', red: '#c8161d' } as const

/** 2026-11 → 11月, or 2025年11月 when the months span more than one year. */
export function monthLabels(months: readonly string[]): string[] {
  const years = new Set(months.map((m) => m.slice(0, 4)))
  return months.map((m) => {
    const [y, mm] = m.split('-')
    return years.size > 1 ? `${y}年${Number(mm)}月` : `${Number(mm)}月`
  })
}

/** 党建台账's sheets, in the workbook's order. */
export const LEDGER_SHEETS = {
  summary: '汇总',
  coverage: '支部覆盖率',
  shops: '店铺与诚信',
  members: '党员台账',
  complaints: '投诉台账',
  wishes: '心愿台账',
  volunteering: '志愿服务台账',
} as const

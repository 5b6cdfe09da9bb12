// 数据看板's figures for a period of months. Everything is counted or grouped by the database from
// indexes (figures.ts); what is "now" (coverage, integrity levels) is as the district stands today.
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '../../types/complaint'
import { IntegrityLevel } from '../../types/integrity'
import {
  monthsBetween,
  periodLabel,
  trendMonths,
  type DashboardFigures,
  type PeriodInput,
} from '../../types/dashboard'
import { nextMonth, startOfShanghaiMonth } from '../../types/shanghai-time'
import type { Database } from '../kernel/database'
import {
  complaintGroups,
  countVerifiedBefore,
  countWishesInMonths,
  membersByMonth,
  openShopsByLevel,
  openShopsByOrg,
  type ComplaintGroup,
  type Range,
} from '../repositories/figures'
import { countMembersBy } from '../repositories/members'
import { listOrgs } from '../repositories/orgs'
import { activitiesInMonths } from '../repositories/activities'
import { recordsInMonths } from '../repositories/service-records'
import { rate, sum, weightedMedian } from './figures-math'

/** The instants a run of months covers, from the first's start to the last's end. */
export function monthsRange(months: readonly string[]): Range {
  return {
    from: startOfShanghaiMonth(months[0]),
    to: startOfShanghaiMonth(nextMonth(months[months.length - 1])),
  }
}

/** Registrations found (submitted) and verified by month, and the verified total at each month's end. */
async function memberFigures(db: Database, districtId: string, period: PeriodInput) {
  const trend = trendMonths(period)
  const range = monthsRange(trend)
  const [found, verified, before] = await Promise.all([
    membersByMonth(db, districtId, ['pending', 'verified', 'rejected'], 'submittedAt', range),
    membersByMonth(db, districtId, ['verified'], 'verifiedAt', range),
    countVerifiedBefore(db, districtId, range.from),
  ])
  let total = before
  const rows = trend.map((month) => {
    total += verified.get(month) ?? 0
    return { month, found: found.get(month) ?? 0, verified: verified.get(month) ?? 0, total }
  })
  const inPeriod = rows.filter((r) => r.month >= period.from && r.month <= period.to)
  return {
    found: sum(inPeriod.map((r) => r.found)),
    verified: sum(inPeriod.map((r) => r.verified)),
    trend: rows,
  }
}

/** 党的工作覆盖率 per branch: open shops it covers with at least one verified member working there. */
async function coverageFigures(db: Database, districtId: string) {
  const [byShop, byBranch, orgs] = await Promise.all([
    countMembersBy(db, districtId, 'verified', 'workShopId'),
    countMembersBy(db, districtId, 'verified', 'branchId'),
    listOrgs(db, districtId),
  ])
  const [byOrg, levels] = await Promise.all([
    openShopsByOrg(db, districtId, [...byShop.keys()]),
    openShopsByLevel(db, districtId),
  ])
  const branches = orgs
    .filter((o) => o.level === 'branch' || o.level === 'general')
    .map((o) => {
      const shops = byOrg.get(o._id) ?? { shops: 0, covered: 0 }
      return {
        orgId: o._id,
        name: o.name,
        covered: shops.covered,
        shops: shops.shops,
        rate: rate(shops.covered, shops.shops),
        members: byBranch.get(o._id) ?? 0,
      }
    })
  const shops = sum([...byOrg.values()].map((o) => o.shops))
  const covered = sum([...byOrg.values()].map((o) => o.covered))
  return {
    coverage: { covered, shops, rate: rate(covered, shops), branches },
    integrity: IntegrityLevel.options.map((level) => ({ level, shops: levels.get(level) ?? 0 })),
  }
}

/** Complaints filed in the period: totals, handling-time medians and overdue shares by category. */
export function complaintFigures(groups: readonly ComplaintGroup[]) {
  const of = (rows: readonly ComplaintGroup[]) => {
    const total = sum(rows.map((g) => g.n))
    const handledRows = rows.filter((g) => g.tenths !== null)
    const overdue = sum(rows.filter((g) => g.late).map((g) => g.n))
    return {
      total,
      handled: sum(handledRows.map((g) => g.n)),
      medianDays: weightedMedian(handledRows.map((g) => ({ value: g.tenths! / 10, n: g.n }))),
      overdue,
      overdueShare: rate(overdue, total),
    }
  }
  const categories = Object.keys(COMPLAINT_CATEGORIES) as ComplaintCategory[]
  return {
    ...of(groups),
    byCategory: categories.map((category) => ({
      category,
      ...of(groups.filter((g) => g.category === category)),
    })),
  }
}

/** Volunteer hours and activities by month (the period's trend). */
async function volunteerFigures(db: Database, period: PeriodInput) {
  const trend = trendMonths(period)
  const [activities, records] = await Promise.all([
    activitiesInMonths(db, trend),
    recordsInMonths(db, trend),
  ])
  const rows = trend.map((month) => ({
    month,
    hours: sum(records.filter((r) => r.month === month).map((r) => r.hours)),
    activities: activities.filter((a) => a.month === month && a.state === 'open').length,
  }))
  const inPeriod = rows.filter((r) => r.month >= period.from && r.month <= period.to)
  return {
    hours: sum(inPeriod.map((r) => r.hours)),
    activities: sum(inPeriod.map((r) => r.activities)),
    trend: rows,
  }
}

async function wishFunnel(db: Database, months: string[]) {
  const [submitted, approved, claimed, fulfilled] = await Promise.all(
    (['submitted', 'approved', 'claimed', 'fulfilled'] as const).map((step) =>
      countWishesInMonths(db, step, months),
    ),
  )
  return { submitted, approved, claimed, fulfilled }
}

export async function dashboardFigures(
  db: Database,
  districtId: string,
  period: PeriodInput,
  now: Date,
): Promise<DashboardFigures> {
  const months = monthsBetween(period.from, period.to)
  const [members, standing, complaints, wishes, volunteering] = await Promise.all([
    memberFigures(db, districtId, period),
    coverageFigures(db, districtId),
    complaintGroups(db, monthsRange(months), now),
    wishFunnel(db, months),
    volunteerFigures(db, period),
  ])
  return {
    period: { ...period, label: periodLabel(period) },
    members,
    ...standing,
    complaints: complaintFigures(complaints),
    wishes,
    volunteering,
  }
}

// The committee's figures and 志愿服务台账 over a range of months. Both read activities and records
// by their `month` (an index each), then count in memory: a district's year is a few thousand rows.
import dayjs from 'dayjs'
import type { z } from 'zod'
import {
  ACTIVITY_CATEGORIES,
  type ActivityCategory,
  type VolunteerFigures,
} from '../../../types/activity'
import { shanghaiDay } from '../../../types/shanghai-time'
import type { HandlerOf } from '../../../server/kernel/router'
import { fieldError } from '../../../server/kernel/app-error'
import { activitiesInMonths } from '../../../server/repositories/activities'
import { recordsInMonths } from '../../../server/repositories/service-records'
import { writeVolunteerLedger } from '../../../server/services/volunteer-sheet'
import { handOutFile } from '../../../server/domain/downloads'

const MAX_MONTHS = 36
const TOP = 10

/** Every month from `from` to `to`, inclusive. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = dayjs(`${from}-01`); m.format('YYYY-MM') <= to; m = m.add(1, 'month')) {
    out.push(m.format('YYYY-MM'))
    if (out.length > MAX_MONTHS) throw fieldError('from', `一次最多统计 ${MAX_MONTHS} 个月`)
  }
  return out
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

function top<T>(entries: Map<string, T>, by: (t: T) => number) {
  return [...entries.values()].sort((a, b) => by(b) - by(a)).slice(0, TOP)
}

export const figures: HandlerOf<'activity', 'figures'> = async (ctx, input) => {
  const months = monthsBetween(input.from, input.to)
  const [all, records] = await Promise.all([
    activitiesInMonths(ctx.db, months),
    recordsInMonths(ctx.db, months),
  ])
  const activities = all.filter((a) => a.state === 'open')
  const byMonth = months.map((month) => ({
    month,
    activities: activities.filter((a) => a.month === month).length,
    hours: sum(records.filter((r) => r.month === month).map((r) => r.hours)),
  }))
  const byCategory = (Object.keys(ACTIVITY_CATEGORIES) as ActivityCategory[]).map((category) => ({
    category,
    activities: activities.filter((a) => a.category === category).length,
    hours: sum(records.filter((r) => r.category === category).map((r) => r.hours)),
  }))
  const volunteers = new Map<string, { name: string; hours: number }>()
  for (const r of records) {
    const v = volunteers.get(r.volunteerId) ?? { name: r.volunteerName, hours: 0 }
    v.hours += r.hours
    volunteers.set(r.volunteerId, v)
  }
  const branches = new Map<string, { name: string; activities: number; hours: number }>()
  const branch = (orgId: string, name: string) => {
    const b = branches.get(orgId) ?? { name, activities: 0, hours: 0 }
    branches.set(orgId, b)
    return b
  }
  for (const a of activities)
    if (a.organiserOrgId) branch(a.organiserOrgId, a.organiser.name).activities++
  for (const r of records)
    if (r.organiserOrgId) branch(r.organiserOrgId, r.organiser).hours += r.hours
  const result: z.output<typeof VolunteerFigures> = {
    activities: activities.length,
    volunteers: new Set(records.filter((r) => r.hours > 0).map((r) => r.volunteerId)).size,
    hours: sum(records.map((r) => r.hours)),
    byMonth,
    byCategory,
    topVolunteers: top(volunteers, (v) => v.hours).filter((v) => v.hours > 0),
    topBranches: top(branches, (b) => b.hours * 1000 + b.activities),
  }
  return result
}

export const ledger: HandlerOf<'activity', 'ledger'> = async (ctx, input) => {
  const records = await recordsInMonths(ctx.db, monthsBetween(input.from, input.to))
  const content = await writeVolunteerLedger(records)
  return handOutFile(
    ctx,
    `志愿服务台账-${input.from}至${input.to}-${shanghaiDay(ctx.now())}.xlsx`,
    content,
  )
}

// The dashboard's counts, grouped by the database so a district of 50,000 complaints is never read
// whole: each function is one aggregate or count, its $match served by an index.
import type { ComplaintCategory } from '../../types/complaint'
import type { IntegrityLevel } from '../../types/integrity'
import type { Database } from '../kernel/database'
import { collection } from '../kernel/database'
import { MONTH_FIELDS, type MonthStep } from './wishes'

const DAY_MS = 86_400_000
/** Stands for "no deadline" in comparisons: later than any handling. */
const NEVER = new Date(8.64e15)

export type Range = { from: Date; to: Date }

/** Members per Shanghai month of a date field (`submittedAt`, `verifiedAt`), within `range`. */
export async function membersByMonth(
  db: Database,
  districtId: string,
  statuses: string[],
  field: 'submittedAt' | 'verifiedAt',
  range: Range,
): Promise<Map<string, number>> {
  const _ = db.command
  const $ = _.aggregate
  const res = await collection(db, 'members')
    .aggregate()
    .match({
      districtId,
      status: _.in(statuses),
      [field]: _.gte(range.from).and(_.lt(range.to)),
    })
    .group({
      _id: $.dateToString({ date: `$${field}`, format: '%Y-%m', timezone: '+08:00' }),
      n: $.sum(1),
    })
    .limit(1000)
    .end()
  return new Map((res.data as { _id: string; n: number }[]).map((g) => [g._id, g.n]))
}

/** Verified members whose verification came before `before`. */
export async function countVerifiedBefore(
  db: Database,
  districtId: string,
  before: Date,
): Promise<number> {
  const res = await collection(db, 'members')
    .where({ districtId, status: 'verified', verifiedAt: db.command.lt(before) })
    .count()
  return res.total
}

export type ComplaintGroup = {
  category: ComplaintCategory
  /** Tenths of a day from filing to handling; null while not handled. */
  tenths: number | null
  late: boolean
  n: number
}

/**
 * Complaints filed in `range`, grouped by category, handling time (to a tenth of a day) and whether
 * they ran past their deadline (handled late, or still open past it at `now`).
 */
export async function complaintGroups(
  db: Database,
  range: Range,
  now: Date,
): Promise<ComplaintGroup[]> {
  const _ = db.command
  const $ = _.aggregate
  const handledOrNow = $.ifNull(['$handledAt', now])
  const res = await collection(db, 'complaints')
    .aggregate()
    .match({ createdAt: _.gte(range.from).and(_.lt(range.to)) })
    .group({
      _id: {
        category: '$category',
        tenths: $.cond({
          if: $.eq([$.ifNull(['$handledAt', null]), null]),
          then: null,
          else: $.floor($.divide([$.subtract(['$handledAt', '$createdAt']), DAY_MS / 10])),
        }),
        late: $.gt([handledOrNow, $.ifNull(['$deadline', NEVER])]),
      },
      n: $.sum(1),
    })
    .limit(10000)
    .end()
  return (res.data as { _id: Omit<ComplaintGroup, 'n'>; n: number }[]).map((g) => ({
    ...g._id,
    n: g.n,
  }))
}

/** Open shops per integrity level. */
export async function openShopsByLevel(
  db: Database,
  districtId: string,
): Promise<Map<IntegrityLevel, number>> {
  const $ = db.command.aggregate
  const res = await collection(db, 'shops')
    .aggregate()
    .match({ districtId, status: 'open' })
    .group({ _id: '$integrity.level', n: $.sum(1) })
    .end()
  return new Map((res.data as { _id: IntegrityLevel; n: number }[]).map((g) => [g._id, g.n]))
}

/**
 * Open shops per covering organisation (null: none covers it), with how many of them are among
 * `covered`.
 */
export async function openShopsByOrg(
  db: Database,
  districtId: string,
  covered: string[],
): Promise<Map<string | null, { shops: number; covered: number }>> {
  const _ = db.command
  const $ = _.aggregate
  const res = await collection(db, 'shops')
    .aggregate()
    .match({ districtId, status: 'open' })
    .group({
      _id: '$orgId',
      shops: $.sum(1),
      covered: $.sum($.cond({ if: $.in(['$_id', covered]), then: 1, else: 0 })),
    })
    .end()
  const groups = res.data as { _id?: string | null; shops: number; covered: number }[]
  return new Map(groups.map((g) => [g._id ?? null, { shops: g.shops, covered: g.covered }]))
}

/** Wishes stamped for a step in any of `months`: one count from the step's month index. */
export async function countWishesInMonths(
  db: Database,
  step: MonthStep,
  months: string[],
): Promise<number> {
  const res = await collection(db, 'wishes')
    .where({ [MONTH_FIELDS[step]]: db.command.in(months) })
    .count()
  return res.total
}

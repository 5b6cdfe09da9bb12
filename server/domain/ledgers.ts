// 党建台账: one workbook for a period with a sheet per ledger. Its 汇总 sheet is the dashboard's own
// figures, so the workbook and the charts cannot disagree; the other sheets list the records: the
// complaints and wishes filed in the period, the service records of its months, and every shop and
// verified member as they stand.
import { LEDGER_SHEETS, monthsBetween, type PeriodInput } from '../../types/dashboard'
import type { Database } from '../kernel/database'
import { complaintsFiledIn } from '../repositories/complaints'
import { verifiedMembers, type MemberDoc } from '../repositories/members'
import { listOrgs } from '../repositories/orgs'
import { recordsInMonths } from '../repositories/service-records'
import { allShops, shopNames } from '../repositories/shops'
import { wishesSubmittedIn } from '../repositories/wishes'
import {
  COMPLAINT_LEDGER_COLUMNS,
  COVERAGE_COLUMNS,
  SHOP_LEDGER_COLUMNS,
  SUMMARY_COLUMNS,
  complaintLedgerRow,
  coverageRows,
  shopLedgerRow,
  summaryRows,
} from '../services/district-ledger-sheets'
import { LEDGER_COLUMNS, memberLedgerRow, type LedgerRow } from '../services/member-sheet'
import { writeWorkbook } from '../services/spreadsheet'
import { VOLUNTEER_LEDGER_COLUMNS, volunteerLedgerRows } from '../services/volunteer-sheet'
import { WISH_LEDGER_COLUMNS, wishLedgerRow } from '../services/wish-sheet'
import { dashboardFigures, monthsRange } from './dashboard'

export type MemberScope = { districtId: string } | { branchIds: string[] }

/** The member ledger's rows (党员台账) for a district or some branches. */
export async function memberLedgerRows(
  db: Database,
  scope: MemberScope,
  districtId: string,
): Promise<LedgerRow[]> {
  const [members, orgs] = await Promise.all([verifiedMembers(db, scope), listOrgs(db, districtId)])
  return memberRows(db, members, new Map(orgs.map((o) => [o._id, o.name])))
}

async function memberRows(db: Database, members: MemberDoc[], orgNames: Map<string, string>) {
  const shops = await shopNames(
    db,
    members.map((m) => m.workShopId).filter((id): id is string => !!id),
  )
  const names = new Map([...orgNames, ...shops])
  return members.map((m) => memberLedgerRow(m, names))
}

/** The workbook's bytes, a sheet per LEDGER_SHEETS entry in its order. */
export async function districtLedgers(
  db: Database,
  districtId: string,
  period: PeriodInput,
  now: Date,
): Promise<Buffer> {
  const months = monthsBetween(period.from, period.to)
  const [figures, orgs, shops, members, complaints, wishes, records] = await Promise.all([
    dashboardFigures(db, districtId, period, now),
    listOrgs(db, districtId),
    allShops(db, districtId),
    verifiedMembers(db, { districtId }),
    complaintsFiledIn(db, monthsRange(months)),
    wishesSubmittedIn(db, months),
    recordsInMonths(db, months),
  ])
  const orgNames = new Map(orgs.map((o) => [o._id, o.name]))
  const membersAt = new Map<string, number>()
  for (const m of members)
    if (m.workShopId) membersAt.set(m.workShopId, (membersAt.get(m.workShopId) ?? 0) + 1)
  return writeWorkbook([
    { name: LEDGER_SHEETS.summary, columns: SUMMARY_COLUMNS, records: summaryRows(figures) },
    { name: LEDGER_SHEETS.coverage, columns: COVERAGE_COLUMNS, records: coverageRows(figures) },
    {
      name: LEDGER_SHEETS.shops,
      columns: SHOP_LEDGER_COLUMNS,
      records: shops.map((s) => shopLedgerRow(s, orgNames, membersAt)),
    },
    {
      name: LEDGER_SHEETS.members,
      columns: LEDGER_COLUMNS,
      records: await memberRows(db, members, orgNames),
    },
    {
      name: LEDGER_SHEETS.complaints,
      columns: COMPLAINT_LEDGER_COLUMNS,
      records: complaints.map((c) => complaintLedgerRow(c, now)),
    },
    {
      name: LEDGER_SHEETS.wishes,
      columns: WISH_LEDGER_COLUMNS,
      records: wishes.map(wishLedgerRow),
    },
    {
      name: LEDGER_SHEETS.volunteering,
      columns: VOLUNTEER_LEDGER_COLUMNS,
      records: volunteerLedgerRows(records),
    },
  ])
}

// The member spreadsheets: the roster (花名册) the committee imports to check registrations
// against, and the member ledger (党员台账) it exports.
import { z } from 'zod'
import { JoinedOn, ROSTER_COLUMNS, RosterRow } from '../../types/member'
import { readSheet, writeSheet, type ParsedRow } from './spreadsheet'

/** The joining date may be blank in a roster; everything else is required. */
const RosterSheetRow = RosterRow.extend({
  joinedOn: z.preprocess((v) => (v === '' ? undefined : v), JoinedOn.optional()),
})

export type RosterSheetRow = ParsedRow<z.output<typeof RosterSheetRow>>

export function readRosterSheet(content: Buffer): Promise<RosterSheetRow[]> {
  return readSheet(content, ROSTER_COLUMNS, RosterSheetRow, 'realName')
}

export function writeRosterSheet(rows: Record<keyof typeof ROSTER_COLUMNS, string>[]) {
  return writeSheet('花名册', ROSTER_COLUMNS, rows)
}

export const LEDGER_COLUMNS = {
  realName: '姓名',
  gender: '性别',
  phone: '手机号',
  joinedOn: '入党时间',
  standing: '党员类别',
  kind: '组织关系情况',
  recordOrg: '组织关系所在单位',
  branch: '所在支部',
  shop: '工作单位（店铺）',
  post: '岗位',
  skills: '志愿服务技能',
  showStatus: '亮身份',
  verifiedAt: '认证时间',
} as const

export type LedgerRow = Record<keyof typeof LEDGER_COLUMNS, string>

export function writeLedgerSheet(rows: LedgerRow[]): Promise<Buffer> {
  return writeSheet('党员台账', LEDGER_COLUMNS, rows)
}

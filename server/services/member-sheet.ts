// The member spreadsheets: the roster (花名册) the committee imports to check registrations
// against, and the member ledger (党员台账) it exports.
import { z } from 'zod'
import {
  JoinedOn,
  MEMBER_KIND_LABELS,
  ROSTER_COLUMNS,
  RosterRow,
  STANDING_LABELS,
  memberKind,
} from '../../types/member'
import { shanghaiToday } from '../../types/shanghai-time'
import type { MemberDoc } from '../repositories/members'
import { decryptPhone } from './member-crypto'
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

/** A verified member's ledger row; `names` resolves branch and shop ids. */
export function memberLedgerRow(m: MemberDoc, names: Map<string, string>): LedgerRow {
  const name = (id: string | null | undefined) => (id && names.get(id)) || ''
  return {
    realName: m.realName ?? '',
    gender: m.gender ?? '',
    phone: m.phoneCipher ? decryptPhone(m.phoneCipher) : '',
    joinedOn: m.joinedOn ?? '',
    standing: m.standing ? STANDING_LABELS[m.standing] : '',
    kind: MEMBER_KIND_LABELS[
      m.kind ?? memberKind({ transferred: !!m.transferred, floating: !!m.floating })
    ],
    recordOrg: m.recordOrg ?? '',
    branch: name(m.branchId),
    shop: name(m.workShopId),
    post: m.post ?? '',
    skills: m.skills.join('、'),
    showStatus: m.showStatus ? '是' : '否',
    verifiedAt: m.verifiedAt ? shanghaiToday(new Date(m.verifiedAt)) : '',
  }
}

export function writeLedgerSheet(rows: LedgerRow[]): Promise<Buffer> {
  return writeSheet('党员台账', LEDGER_COLUMNS, rows)
}

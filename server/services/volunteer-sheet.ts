// 志愿服务台账: every service record in a range, one row each, with every field
// 《志愿服务记录与证明出具办法（试行）》 names, the volunteer, and the correction's state.
import { ACTIVITY_CATEGORIES } from '../../types/activity'
import { formatShanghai } from '../../types/shanghai-time'
import { recordedFacts, type ServiceRecordDoc } from '../repositories/service-records'
import { writeSheet } from './spreadsheet'

export const VOLUNTEER_LEDGER_COLUMNS = {
  id: '记录编号',
  volunteer: '志愿者',
  activity: '活动名称',
  category: '类别',
  date: '服务日期',
  place: '服务地点',
  content: '服务内容',
  hours: '服务时长（小时）',
  organiser: '组织单位',
  leader: '活动负责人',
  recordedAt: '记录时间',
  correction: '更正情况',
} as const

type Column = keyof typeof VOLUNTEER_LEDGER_COLUMNS

const CORRECTION_LABELS: Record<ServiceRecordDoc['correctionStatus'], string> = {
  none: '',
  pending: '更正申请待处理',
  approved: '已更正',
  rejected: '更正未同意',
}

function correctionText(r: ServiceRecordDoc): string {
  const c = r.correction
  if (!c || r.correctionStatus === 'none') return ''
  const label = CORRECTION_LABELS[r.correctionStatus]
  if (r.correctionStatus === 'approved')
    return `${label}：${c.previousHours} → ${r.hours} 小时（${c.reason}）`
  if (r.correctionStatus === 'pending') return `${label}：申请 ${c.hours} 小时（${c.reason}）`
  return `${label}：申请 ${c.hours} 小时${c.note ? `，${c.note}` : ''}`
}

export function volunteerLedgerRow(r: ServiceRecordDoc): Record<Column, string | number> {
  return {
    id: r._id,
    volunteer: r.volunteerName,
    activity: r.activityTitle,
    category: ACTIVITY_CATEGORIES[r.category],
    ...recordedFacts(r),
    recordedAt: formatShanghai(r.recordedAt),
    correction: correctionText(r),
  }
}

/** The ledger's rows in service-date order, then by activity. */
export function volunteerLedgerRows(records: ServiceRecordDoc[]) {
  const sorted = [...records].sort(
    (a, b) => a.date.localeCompare(b.date) || a.activityTitle.localeCompare(b.activityTitle),
  )
  return sorted.map(volunteerLedgerRow)
}

export function writeVolunteerLedger(records: ServiceRecordDoc[]): Promise<Buffer> {
  return writeSheet('志愿服务台账', VOLUNTEER_LEDGER_COLUMNS, volunteerLedgerRows(records))
}

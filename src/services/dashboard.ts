// The 数据看板 documents, saved (h5) or opened (weapp) once the server has generated them.
import type { PeriodInput } from '../../types/dashboard'
import { api } from './call-function'
import { saveDocument } from './files'

/** 党建台账 for a period: one workbook, a sheet per ledger. */
export async function saveDistrictLedgers(period: PeriodInput): Promise<void> {
  await saveDocument(await api.dashboard.ledgers(period), 'xlsx')
}

/** 月度工作报告 for a period, as a PDF to print or share. */
export async function saveMonthlyReport(period: PeriodInput): Promise<void> {
  await saveDocument(await api.dashboard.report(period), 'pdf')
}

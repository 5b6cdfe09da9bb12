import type { PeriodInput } from '../../types/dashboard'
import { actionCaller } from './call-function'
import { saveDocument } from './files'

/** 数据看板's figures for a period of months. */
export const dashboardFigures = actionCaller('dashboard', 'figures')

export const districtLedgers = actionCaller('dashboard', 'ledgers')

export const monthlyReport = actionCaller('dashboard', 'report')

/** 党建台账 for a period: one workbook, a sheet per ledger, saved (h5) or opened (weapp). */
export async function saveDistrictLedgers(period: PeriodInput): Promise<void> {
  await saveDocument(await districtLedgers(period), 'xlsx')
}

/** 月度工作报告 for a period, as a PDF to print or share. */
export async function saveMonthlyReport(period: PeriodInput): Promise<void> {
  await saveDocument(await monthlyReport(period), 'pdf')
}

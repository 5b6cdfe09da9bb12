// 数据看板 and 党建台账: the committee's figures for a period, the workbook of every ledger and the
// monthly report.
import { createMain } from '../../server/kernel/router'
import { figures } from './handlers/figures'
import { ledgers, report } from './handlers/ledgers'

export const main = createMain('dashboard', { figures, ledgers, report })

// 操作日志: the committee reads and exports the log of every decision. Nothing here writes it: the
// router records each decision as it succeeds, and no action edits or deletes an entry.
import { createMain } from '../../server/kernel/router'
import { exportLog, list } from './handlers'

export const main = createMain('audit', { list, export: exportLog })

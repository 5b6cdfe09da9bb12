import type { ActionOutput } from '../../types/api'
import { actionCaller } from './call-function'

export type AuditEntry = ActionOutput<'audit', 'list'>['list'][number]

/** 操作日志, newest first, filtered by person, kind and period. */
export const auditLog = actionCaller('audit', 'list')

/** The same entries as an Excel file. */
export const exportAuditLog = actionCaller('audit', 'export')

import type { ActionOutput } from '../../types/api'
import { actionCaller } from './call-function'

export type DashboardFigures = ActionOutput<'dashboard', 'figures'>

/** 数据看板's figures for a period of months. */
export const dashboardFigures = actionCaller('dashboard', 'figures')

import type { ActionInput, ActionOutput } from '../../types/api'
import { callFunction } from './call-function'

export type DashboardFigures = ActionOutput<'dashboard', 'figures'>

/** 数据看板's figures for a period of months. */
export function dashboardFigures(
  period: ActionInput<'dashboard', 'figures'>,
): Promise<DashboardFigures> {
  return callFunction('dashboard', 'figures', period)
}

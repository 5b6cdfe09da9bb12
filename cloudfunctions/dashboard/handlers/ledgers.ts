import type { HandlerOf } from '../../../server/kernel/router'
import { periodLabel } from '../../../types/dashboard'
import { shanghaiDay } from '../../../types/shanghai-time'
import { districtLedgers } from '../../../server/domain/ledgers'
import { monthlyReport } from '../../../server/domain/report'
import { districtId } from '../../member/handlers/access'
import { handOutFile } from '../../../server/domain/downloads'

export const ledgers: HandlerOf<'dashboard', 'ledgers'> = async (ctx, period) => {
  const content = await districtLedgers(ctx.db, await districtId(ctx), period, ctx.now())
  return handOutFile(ctx, `党建台账-${periodLabel(period)}-${shanghaiDay(ctx.now())}.xlsx`, content)
}

export const report: HandlerOf<'dashboard', 'report'> = async (ctx, period) => {
  const content = await monthlyReport(ctx.db, await districtId(ctx), period, ctx.now())
  return handOutFile(ctx, `月度工作报告-${periodLabel(period)}.pdf`, content)
}

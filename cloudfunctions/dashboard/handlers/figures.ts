import type { HandlerOf } from '../../../server/kernel/router'
import { dashboardFigures } from '../../../server/domain/dashboard'
import { districtId } from '../../member/handlers/access'

export const figures: HandlerOf<'dashboard', 'figures'> = async (ctx, period) =>
  dashboardFigures(ctx.db, await districtId(ctx), period, ctx.now())

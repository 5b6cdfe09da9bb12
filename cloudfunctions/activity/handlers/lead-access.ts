// The activity a day-of-activity action is about, and who may run it: its leaders (负责人), the
// committee and the organising branch's secretary.
import type { Ctx } from '../../../server/kernel/context'
import { forbidden, notFound } from '../../../server/kernel/app-error'
import { leadsActivity } from '../../../server/domain/activity-access'
import { findActivity, type ActivityDoc } from '../../../server/repositories/activities'

export async function loadActivity(ctx: Ctx, activityId: string): Promise<ActivityDoc> {
  const a = await findActivity(ctx.db, activityId)
  if (!a) throw notFound('活动')
  return a
}

/** The activity, if the caller leads or manages it. */
export async function activityToLead(ctx: Ctx, activityId: string): Promise<ActivityDoc> {
  const a = await loadActivity(ctx, activityId)
  if (!leadsActivity(ctx, a)) throw forbidden('只有活动负责人和组织方可以进行此操作')
  return a
}

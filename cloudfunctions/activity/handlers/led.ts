// The activities the caller leads (负责人), so a leader finds the code and roster pages from 我的
// without having signed up; cancelled ones show too, with their state.
import type { HandlerOf } from '../../../server/kernel/router'
import { activitySummary } from '../../../server/domain/activity-view'
import { listLedActivities } from '../../../server/repositories/activities'
import { branchNamesOf } from './access'

export const led: HandlerOf<'activity', 'led'> = async (ctx, input) => {
  const userId = ctx.caller.user?._id
  if (!userId) return { list: [], total: 0, page: input.page, pageSize: input.pageSize }
  const now = ctx.now()
  const page = await listLedActivities(ctx.db, { userId, when: input.when, now }, input)
  const names = await branchNamesOf(ctx, page.list)
  return { ...page, list: page.list.map((a) => activitySummary(a, now, names)) }
}

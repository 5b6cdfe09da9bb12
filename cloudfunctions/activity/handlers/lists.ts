// Reading activities: the public list, one activity with the caller's sign-up and what they may do,
// the caller's own sign-ups, and the console's queue (a secretary sees her branches' only).
import type { HandlerOf } from '../../../server/kernel/router'
import { activitySummary, mySignUp } from '../../../server/domain/activity-view'
import { isAdmin } from '../../../server/domain/staff'
import {
  findActivities,
  listActivities,
  listActivityQueue,
} from '../../../server/repositories/activities'
import { listMySignUps } from '../../../server/repositories/signups'
import { branchNamesOf, loadActivity, viewFor } from './access'

export const list: HandlerOf<'activity', 'list'> = async (ctx, input) => {
  const now = ctx.now()
  const page = await listActivities(ctx.db, { ...input, now }, input)
  const names = await branchNamesOf(ctx, page.list)
  return { ...page, list: page.list.map((a) => activitySummary(a, now, names)) }
}

export const get: HandlerOf<'activity', 'get'> = async (ctx, input) =>
  viewFor(ctx, await loadActivity(ctx, input.activityId))

export const mine: HandlerOf<'activity', 'mine'> = async (ctx, input) => {
  const userId = ctx.caller.user?._id
  if (!userId) return { list: [], total: 0, page: input.page, pageSize: input.pageSize }
  const now = ctx.now()
  const page = await listMySignUps(ctx.db, userId, input.when, now, input)
  const docs = await findActivities(
    ctx.db,
    page.list.map((s) => s.activityId),
  )
  const byId = new Map(docs.map((a) => [a._id, a]))
  const names = await branchNamesOf(ctx, docs)
  const list = page.list.flatMap((s) => {
    const a = byId.get(s.activityId)
    const m = a && mySignUp(a, userId, s)
    return a && m ? [{ ...activitySummary(a, now, names), mine: m }] : []
  })
  return { ...page, list }
}

export const queue: HandlerOf<'activity', 'queue'> = async (ctx, input) => {
  const orgIds = isAdmin(ctx) ? null : (ctx.caller.user?.orgIds ?? [])
  if (orgIds && !orgIds.length)
    return { list: [], total: 0, page: input.page, pageSize: input.pageSize }
  const now = ctx.now()
  const page = await listActivityQueue(
    ctx.db,
    { view: input.view, category: input.category, orgIds, now },
    input,
  )
  const names = await branchNamesOf(ctx, page.list)
  return { ...page, list: page.list.map((a) => activitySummary(a, now, names)) }
}

// Who the caller is to an activity: the committee and the organising branch's secretary manage it
// (edit, cancel, confirm hours); its leaders (负责人) run it on the day. Both see the roster.
import type { Ctx } from '../kernel/context'
import type { ActivityDoc } from '../repositories/activities'
import { isAdmin, leadsBranch } from './staff'

/** May edit or cancel it, and do whatever a leader does. */
export function managesActivity(ctx: Ctx, a: ActivityDoc): boolean {
  return isAdmin(ctx) || leadsBranch(ctx, a.organiserOrgId)
}

/** Shows the check-in code, keeps the roster and attendance, confirms the hours. */
export function leadsActivity(ctx: Ctx, a: ActivityDoc): boolean {
  const userId = ctx.caller.user?._id
  return (!!userId && a.leaderIds.includes(userId)) || managesActivity(ctx, a)
}

// Who the caller is to the committee's work: the committee itself, or the secretary of a branch.
import type { Ctx } from '../kernel/context'

export function isAdmin(ctx: Ctx): boolean {
  return ctx.caller.roles.includes('admin')
}

/** A secretary of this branch. */
export function leadsBranch(ctx: Ctx, branchId: string | null): boolean {
  return (
    !!branchId &&
    ctx.caller.roles.includes('secretary') &&
    !!ctx.caller.user?.orgIds.includes(branchId)
  )
}

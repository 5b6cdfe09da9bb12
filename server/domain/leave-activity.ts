// Leaving an activity on the volunteer's behalf — withdrawing consent, and any other path that
// takes a person off an activity: off both rosters with the freed place filled from the waitlist in
// one write (leaveRosters), then the sign-up projections follow, and whoever was promoted is told.
// The activity function's cancelSignUp does the same with its own late-cancel rule, and every
// roster change that promotes (an edit, a sign-up filling freed places) tells them through
// promoteSignUps here.
import type { Ctx } from '../kernel/context'
import { leaveRosters, promotedBy, standing, type ActivityDoc } from '../repositories/activities'
import { signUpId, updateSignUpIf } from '../repositories/signups'
import { promotedNotice } from './activity-notices'
import { notify } from './notify'

/**
 * The promoted now hold places: their sign-ups say so and they are told at once. A sign-up not yet
 * written (its sign-up still in flight) is written by that sign-up from the rosters.
 */
export async function promoteSignUps(ctx: Ctx, a: ActivityDoc, userIds: string[]): Promise<void> {
  if (!userIds.length) return
  const now = ctx.now()
  await Promise.all(
    userIds.map((u) =>
      updateSignUpIf(ctx.db, signUpId(a._id, u), ['waitlisted'], {
        status: 'confirmed',
        promotedAt: now,
        updatedAt: now,
      }),
    ),
  )
  await notify(ctx, userIds, promotedNotice(a, now))
}

/** Takes the user off the activity (not a late cancel); false when they were on neither roster. */
export async function leaveActivity(
  ctx: Ctx,
  activityId: string,
  userId: string,
): Promise<boolean> {
  const now = ctx.now()
  const written = await leaveRosters(ctx.db, activityId, userId, now)
  const held = written ? standing(written.before, userId) : null
  await updateSignUpIf(ctx.db, signUpId(activityId, userId), ['confirmed', 'waitlisted'], {
    status: 'cancelled',
    lateCancel: false,
    cancelledAt: now,
    updatedAt: now,
  })
  if (!written || !held) return false
  await promoteSignUps(ctx, written.after, promotedBy(written.before, written.after))
  return true
}

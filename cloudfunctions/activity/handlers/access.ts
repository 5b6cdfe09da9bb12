// Who the caller is to an activity, loading one for them and answering with their view of it:
// shared by the activity function's handlers.
import { notFound } from '../../../server/kernel/app-error'
import type { Ctx } from '../../../server/kernel/context'
import { managesActivity, leadsActivity } from '../../../server/domain/activity-access'
import {
  activityView,
  mySignUp,
  signUpBlocked,
  type Applicant,
} from '../../../server/domain/activity-view'
import { findActivity, type ActivityDoc } from '../../../server/repositories/activities'
import { findMember } from '../../../server/repositories/members'
import { findOrg } from '../../../server/repositories/orgs'
import { findSignUp } from '../../../server/repositories/signups'
import { findVolunteer } from '../../../server/repositories/volunteers'

export async function loadActivity(ctx: Ctx, id: string): Promise<ActivityDoc> {
  const a = await findActivity(ctx.db, id)
  if (!a) throw notFound('活动')
  return a
}

/** The names of the branches the activities are open to (for their audience labels). */
export async function branchNamesOf(ctx: Ctx, docs: ActivityDoc[]): Promise<Map<string, string>> {
  const ids = [
    ...new Set(docs.flatMap((a) => (a.audience.kind === 'branch' ? [a.audience.orgId] : []))),
  ]
  const orgs = await Promise.all(ids.map((id) => findOrg(ctx.db, id)))
  return new Map(orgs.flatMap((o) => (o ? [[o._id, o.name] as [string, string]] : [])))
}

/** What the sign-up rules need to know of the caller. */
export async function applicantOf(ctx: Ctx, userId: string): Promise<Applicant> {
  const isMember = ctx.caller.roles.includes('member')
  const [member, volunteer] = await Promise.all([
    isMember ? findMember(ctx.db, userId) : null,
    findVolunteer(ctx.db, userId),
  ])
  const verified = member?.status === 'verified'
  return { member: verified, branchId: verified ? member.branchId : null, volunteer }
}

/** The activity as the caller sees it now. */
export async function viewFor(ctx: Ctx, a: ActivityDoc) {
  const userId = ctx.caller.user?._id ?? null
  const [branchNames, doc, who] = await Promise.all([
    branchNamesOf(ctx, [a]),
    userId ? findSignUp(ctx.db, a._id, userId) : null,
    userId ? applicantOf(ctx, userId) : null,
  ])
  const now = ctx.now()
  return activityView(a, now, branchNames, {
    manages: managesActivity(ctx, a),
    leads: leadsActivity(ctx, a),
    mine: userId ? mySignUp(a, userId, doc) : null,
    signUpBlocked: signUpBlocked(a, now, userId, who, branchNames),
  })
}

// 报名 and 取消报名. The activity's rosters are the truth: a place is taken by one conditional update,
// the waitlist joined by an atomic push, a cancel and its promotion are one compare-and-set. Each
// person's sign-ups run one at a time under a lock of their own (signup-lock.ts), so two concurrent
// sign-ups of one person cannot both pass the overlap check. The person's sign-up
// document is written after the rosters, from them.
import { ACTIVITY_RULES } from '../../../types/activity'
import { conflict, forbidden } from '../../../server/kernel/app-error'
import { callerUser, type Ctx } from '../../../server/kernel/context'
import type { HandlerOf } from '../../../server/kernel/router'
import { activityTime, signedUpNotice } from '../../../server/domain/activity-notices'
import { signUpRefusal } from '../../../server/domain/activity-view'
import { promoteSignUps } from '../../../server/domain/leave-activity'
import { newSignUpDoc } from '../../../server/domain/new-activity'
import { notify } from '../../../server/domain/notify'
import { underSignUpLock } from '../../../server/domain/signup-lock'
import {
  fillFreePlaces,
  findActivity,
  joinWaitlist,
  leaveRosters,
  promotedBy,
  standing,
  takePlace,
  type ActivityDoc,
} from '../../../server/repositories/activities'
import {
  findSignUp,
  signUpId,
  signUpsEndingAfter,
  updateSignUpIf,
  writeSignUp,
} from '../../../server/repositories/signups'
import { applicantOf, branchNamesOf, loadActivity } from './access'

const HOUR_MS = 3600_000

type Standing = NonNullable<ReturnType<typeof standing>>

const answer = (s: Standing) =>
  s.status === 'confirmed'
    ? { status: 'confirmed' as const }
    : { status: 'waitlisted' as const, position: s.position }

/** Refuses when the person holds or waits for another activity at an overlapping time. */
async function checkOverlap(ctx: Ctx, a: ActivityDoc, userId: string): Promise<void> {
  const theirs = await signUpsEndingAfter(ctx.db, userId, a.startAt)
  const clash = theirs.find(
    (s) =>
      s.activityId !== a._id &&
      (s.status === 'confirmed' || s.status === 'waitlisted') &&
      new Date(s.startAt) < new Date(a.endAt),
  )
  if (!clash) return
  const other = await findActivity(ctx.db, clash.activityId)
  const title = other?.title ?? '另一个活动'
  throw conflict(`与您已报名的「${title}」（${activityTime(clash)}）时间重叠，不能同时报名`)
}

/** Refuses when the window, the audience, the volunteer profile or a pause stands in the way. */
async function checkMaySignUp(ctx: Ctx, a: ActivityDoc, userId: string): Promise<void> {
  const [who, branchNames] = await Promise.all([applicantOf(ctx, userId), branchNamesOf(ctx, [a])])
  const refusal = signUpRefusal(a, ctx.now(), who, branchNames)
  if (refusal)
    throw refusal.kind === 'forbidden' ? forbidden(refusal.message) : conflict(refusal.message)
}

export const signUp: HandlerOf<'activity', 'signUp'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  const first = await loadActivity(ctx, input.activityId)
  // A retry of a sign-up that went through is answered with where the person stands.
  const already = standing(first, user._id)
  if (already) return answer(already)

  await checkMaySignUp(ctx, first, user._id)

  return underSignUpLock(ctx, user._id, async () => {
    const a = await loadActivity(ctx, input.activityId)
    const again = standing(a, user._id)
    if (again) return answer(again)
    // Judged again under the lock: a withdrawal of consent may have held it meanwhile.
    await checkMaySignUp(ctx, a, user._id)
    await checkOverlap(ctx, a, user._id)

    const now = ctx.now()
    const placed =
      (await takePlace(ctx.db, a, user._id, now)) || (await joinWaitlist(ctx.db, a, user._id, now))
    if (!placed) {
      const fresh = await loadActivity(ctx, a._id)
      const s = standing(fresh, user._id)
      if (s) return answer(s)
      throw conflict(fresh.state === 'cancelled' ? '活动已取消' : '名额已满，候补也已满')
    }
    // A place may have freed while this joined the waitlist: fill it (maybe with this caller).
    const filled = await fillFreePlaces(ctx.db, a._id, now)
    if (filled)
      await promoteSignUps(
        ctx,
        filled.after,
        promotedBy(filled.before, filled.after).filter((u) => u !== user._id),
      )

    const latest = await loadActivity(ctx, a._id)
    const s = standing(latest, user._id)
    if (!s) throw new Error(`activity ${a._id}: ${user._id} signed up but is on no roster`)
    const prior = await findSignUp(ctx.db, a._id, user._id)
    await writeSignUp(ctx.db, newSignUpDoc(latest, user._id, s, prior, now))
    await notify(ctx, [user._id], signedUpNotice(latest, s.position, now))
    return answer(s)
  })
}

export const cancelSignUp: HandlerOf<'activity', 'cancelSignUp'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  await loadActivity(ctx, input.activityId)
  return underSignUpLock(ctx, user._id, async () => {
    const [a, doc] = await Promise.all([
      loadActivity(ctx, input.activityId),
      findSignUp(ctx.db, input.activityId, user._id),
    ])
    const on = standing(a, user._id)
    // A second cancel answers as the first did.
    if (!on && doc?.status === 'cancelled')
      return { status: 'cancelled' as const, late: doc.lateCancel }
    if (a.state === 'cancelled') throw conflict('活动已取消，您的报名已随之取消')
    if (!on) throw conflict('您没有报名这个活动')
    const now = ctx.now()
    if (now >= new Date(a.startAt))
      throw conflict('活动已开始，不能取消报名；如不能参加，请联系负责人请假')

    const written = await leaveRosters(ctx.db, a._id, user._id, now)
    const held = written ? standing(written.before, user._id) : null
    if (!written || !held) throw conflict('您没有报名这个活动')
    // Late: giving up a place after the cut-off, unless the place came by promotion after it.
    const cutOff = new Date(a.startAt).getTime() - ACTIVITY_RULES.freeCancelHours * HOUR_MS
    const promotedLate = !!doc?.promotedAt && new Date(doc.promotedAt).getTime() >= cutOff
    const late = held.status === 'confirmed' && now.getTime() > cutOff && !promotedLate
    const change = {
      status: 'cancelled' as const,
      lateCancel: late,
      cancelledAt: now,
      updatedAt: now,
    }
    const updated = await updateSignUpIf(
      ctx.db,
      signUpId(a._id, user._id),
      ['confirmed', 'waitlisted'],
      change,
    )
    if (!updated)
      await writeSignUp(ctx.db, { ...newSignUpDoc(a, user._id, held, doc, now), ...change })
    await promoteSignUps(ctx, written.after, promotedBy(written.before, written.after))
    return { status: 'cancelled' as const, late }
  })
}

// The volunteer's own profile: what the form starts with (a verified member's details), consenting
// and registering (or updating), and withdrawing consent — the phone, skills and areas go, upcoming
// sign-ups are cancelled (their places go to the waitlist), and the service records stay.
import type { z } from 'zod'
import { starLevel, type VolunteerProfile } from '../../../types/volunteer'
import { shanghaiToday } from '../../../types/shanghai-time'
import type { HandlerOf } from '../../../server/kernel/router'
import { callerUser, type Ctx } from '../../../server/kernel/context'
import { conflict } from '../../../server/kernel/app-error'
import { leaveActivity } from '../../../server/domain/leave-activity'
import { newVolunteerDoc } from '../../../server/domain/new-volunteer'
import { underSignUpLock } from '../../../server/domain/signup-lock'
import { findMember } from '../../../server/repositories/members'
import { signUpsEndingAfter } from '../../../server/repositories/signups'
import {
  findVolunteer,
  saveVolunteer,
  withdrawVolunteer,
  type VolunteerDoc,
} from '../../../server/repositories/volunteers'
import { decryptPhone } from '../../../server/services/member-crypto'

function profileView(ctx: Ctx, v: VolunteerDoc): z.output<typeof VolunteerProfile> {
  return {
    realName: v.realName,
    phone: v.phoneCipher ? decryptPhone(v.phoneCipher) : '',
    skills: v.skills as z.output<typeof VolunteerProfile>['skills'],
    areas: v.areas,
    consentAt: new Date(v.consent.at).toISOString(),
    totalHours: v.totalHours,
    yearHours: v.hoursByYear?.[shanghaiToday(ctx.now()).slice(0, 4)] ?? 0,
    stars: starLevel(v.totalHours),
    pausedUntil:
      v.pausedUntil && new Date(v.pausedUntil) > ctx.now()
        ? new Date(v.pausedUntil).toISOString()
        : null,
    pauseReason: v.pausedUntil && new Date(v.pausedUntil) > ctx.now() ? v.pauseReason : null,
  }
}

/** A verified member's registration, if the caller has one. */
async function verifiedMember(ctx: Ctx, userId: string) {
  const m = await findMember(ctx.db, userId)
  return m?.status === 'verified' ? m : null
}

export const mine: HandlerOf<'volunteer', 'mine'> = async (ctx) => {
  const user = await callerUser(ctx)
  const v = await findVolunteer(ctx.db, user._id)
  const m = await verifiedMember(ctx, user._id)
  return {
    profile: v && v.status === 'active' ? profileView(ctx, v) : null,
    prefill: m
      ? {
          realName: m.realName ?? '',
          phone: m.phoneCipher ? decryptPhone(m.phoneCipher) : '',
          skills: m.skills as z.output<typeof VolunteerProfile>['skills'],
          fromMember: true,
        }
      : { realName: v?.realName ?? '', phone: '', skills: [], fromMember: false },
  }
}

export const register: HandlerOf<'volunteer', 'register'> = async (ctx, input) => {
  const user = await callerUser(ctx)
  const phone = input.phone ?? (await ctx.services.phoneNumbers.fromCode(input.phoneCode!))
  const existing = await findVolunteer(ctx.db, user._id)
  const now = ctx.now()
  const fromMember = !!(await verifiedMember(ctx, user._id))
  const doc = newVolunteerDoc(user._id, { ...input, phone }, fromMember, existing, now)
  await saveVolunteer(ctx.db, existing, doc)
  return profileView(ctx, (await findVolunteer(ctx.db, user._id)) ?? doc)
}

export const withdraw: HandlerOf<'volunteer', 'withdraw'> = async (ctx) => {
  const user = await callerUser(ctx)
  // Under the person's sign-up lock: a sign-up racing this lands before it (and is cancelled
  // here) or after it, when the profile is withdrawn and the sign-up is refused.
  return underSignUpLock(ctx, user._id, async () => {
    const v = await findVolunteer(ctx.db, user._id)
    if (!v) throw conflict('您还没有登记为志愿者')
    const now = ctx.now()
    // Activities not yet started; one under way is left to its leader's attendance.
    const upcoming = (await signUpsEndingAfter(ctx.db, user._id, now)).filter(
      (s) => (s.status === 'confirmed' || s.status === 'waitlisted') && new Date(s.startAt) > now,
    )
    let cancelledSignUps = 0
    for (const s of upcoming)
      if (await leaveActivity(ctx, s.activityId, user._id)) cancelledSignUps++
    if (v.status !== 'withdrawn') await withdrawVolunteer(ctx.db, user._id, now)
    return { cancelledSignUps }
  })
}

// What each side sees of an activity. The public reads its leaders' names masked (王*); the
// committee, the organising secretary and the leaders read them in full, and only a manager gets
// the leaders' ids (to edit). Whether the caller may sign up is decided here once — the same
// refusal the sign-up gives — so a page shows only actions that will be accepted.
import {
  ACTIVITY_RULES,
  AUDIENCE_LABELS,
  type ActivitySummary,
  type ActivityState,
  type ActivityView,
  type MySignUp,
} from '../../types/activity'
import { maskName } from '../../types/masking'
import { formatShanghai } from '../../types/shanghai-time'
import { standing, type ActivityDoc } from '../repositories/activities'
import type { SignUpDoc } from '../repositories/signups'
import type { VolunteerDoc } from '../repositories/volunteers'
import { checkInWindow } from './volunteer-hours'

const iso = (d: Date | string) => new Date(d).toISOString()

export function activityState(a: ActivityDoc, now: Date): ActivityState {
  if (a.state === 'cancelled') return 'cancelled'
  if (now < new Date(a.startAt)) return 'upcoming'
  if (now < new Date(a.endAt)) return 'ongoing'
  return 'ended'
}

/** 所有人, 仅党员, or the branch's name (`branchNames` maps branch ids to names). */
export function audienceLabel(a: ActivityDoc, branchNames: Map<string, string>): string {
  if (a.audience.kind !== 'branch') return AUDIENCE_LABELS[a.audience.kind]
  return branchNames.get(a.audience.orgId) ?? AUDIENCE_LABELS.branch
}

export function activitySummary(
  a: ActivityDoc,
  now: Date,
  branchNames: Map<string, string>,
): ActivitySummary {
  return {
    activityId: a._id,
    title: a.title,
    category: a.category,
    cover: a.cover,
    address: a.place.address,
    startAt: iso(a.startAt),
    endAt: iso(a.endAt),
    capacity: a.capacity,
    confirmed: a.taken,
    waitlisted: a.waiting,
    state: activityState(a, now),
    audience: audienceLabel(a, branchNames),
    organiser: a.organiser.name,
    flagged: a.flagged,
  }
}

/** Who is asking to sign up, as far as the rules care. */
export type Applicant = {
  /** A verified Party member (the member role and a verified registration). */
  member: boolean
  /** The branch of that registration. */
  branchId: string | null
  volunteer: VolunteerDoc | null
}

export type Refusal = { kind: 'conflict' | 'forbidden'; message: string }

/**
 * Why the applicant may not sign up now, in the order the sign-up checks it (the window, the
 * audience, the volunteer, the pause); null when nothing stands in the way. The overlap with the
 * person's other sign-ups is checked by the sign-up itself, under the person's lock.
 */
export function signUpRefusal(
  a: ActivityDoc,
  now: Date,
  who: Applicant,
  branchNames: Map<string, string>,
): Refusal | null {
  const conflict = (message: string): Refusal => ({ kind: 'conflict', message })
  if (a.state === 'cancelled') return conflict('活动已取消')
  if (now >= new Date(a.startAt)) return conflict('活动已开始，不能再报名')
  if (now < new Date(a.signUpOpensAt))
    return conflict(`报名尚未开始，${formatShanghai(a.signUpOpensAt)} 开始报名`)
  if (now > new Date(a.signUpClosesAt))
    return conflict(`报名已于 ${formatShanghai(a.signUpClosesAt)} 截止`)
  if (a.audience.kind === 'members' && !who.member)
    return { kind: 'forbidden', message: '本活动仅限党员报名' }
  if (a.audience.kind === 'branch' && !(who.member && who.branchId === a.audience.orgId))
    return {
      kind: 'forbidden',
      message: `本活动仅限${audienceLabel(a, branchNames)}的党员报名`,
    }
  if (!who.volunteer || who.volunteer.status !== 'active') return conflict('请先登记为志愿者')
  const paused = who.volunteer.pausedUntil
  if (paused && new Date(paused) > now)
    return conflict(
      `${who.volunteer.pauseReason ?? '因多次缺席'}，报名暂停至 ${formatShanghai(paused, 'YYYY-MM-DD')}`,
    )
  return null
}

/** Why the caller cannot sign up, as the detail page says it; null when they can. */
export function signUpBlocked(
  a: ActivityDoc,
  now: Date,
  userId: string | null,
  who: Applicant | null,
  branchNames: Map<string, string>,
): string | null {
  if (!userId || !who) return '请先登录'
  const mine = standing(a, userId)
  if (mine) return mine.status === 'confirmed' ? '您已报名' : `您在候补第 ${mine.position} 位`
  const refusal = signUpRefusal(a, now, who, branchNames)
  if (refusal) return refusal.message
  if (a.taken >= a.capacity && a.waiting >= ACTIVITY_RULES.maxWaitlist) return '名额已满且候补已满'
  return null
}

/** The caller's sign-up: the rosters give the live status and position, the doc the rest. */
export function mySignUp(a: ActivityDoc, userId: string, doc: SignUpDoc | null): MySignUp | null {
  const live = standing(a, userId)
  if (!doc && !live) return null
  const status = a.state === 'cancelled' && live ? 'dropped' : (live?.status ?? doc!.status)
  return {
    status,
    position: status === 'waitlisted' ? (live?.position ?? null) : null,
    lateCancel: doc?.lateCancel ?? false,
    attendance: doc?.attendance ?? null,
    checkInAt: doc?.checkInAt ? iso(doc.checkInAt) : null,
    checkOutAt: doc?.checkOutAt ? iso(doc.checkOutAt) : null,
    hours: doc?.hours ?? null,
  }
}

export type ViewerOfActivity = {
  /** The committee or the organising branch's secretary. */
  manages: boolean
  /** A leader, or a manager. */
  leads: boolean
  mine: MySignUp | null
  signUpBlocked: string | null
}

function allowed(a: ActivityDoc, now: Date, v: ViewerOfActivity): ActivityView['can'] {
  const can: ActivityView['can'] = []
  const open = a.state === 'open'
  const mine = v.mine
  if (open && !v.signUpBlocked) can.push('signUp')
  if (
    open &&
    mine &&
    ['confirmed', 'waitlisted'].includes(mine.status) &&
    now < new Date(a.startAt)
  )
    can.push('cancel')
  const window = checkInWindow(now, a.startAt, a.endAt, ACTIVITY_RULES.checkInOpensMinutes)
  if (open && mine?.status === 'confirmed' && !mine.checkInAt && window === 'open')
    can.push('checkIn')
  const checkOutUntil = new Date(a.endAt).getTime() + ACTIVITY_RULES.checkOutClosesMinutes * 60_000
  if (open && mine?.checkInAt && !mine.checkOutAt && now.getTime() <= checkOutUntil)
    can.push('checkOut')
  if (v.leads) can.push('lead')
  if (v.manages && open && now < new Date(a.endAt)) can.push('edit')
  if ((mine?.hours ?? 0) > 0) can.push('certificate')
  return can
}

export function activityView(
  a: ActivityDoc,
  now: Date,
  branchNames: Map<string, string>,
  v: ViewerOfActivity,
): ActivityView {
  return {
    ...activitySummary(a, now, branchNames),
    description: a.description,
    place: a.place,
    audienceRule: a.audience,
    signUpOpensAt: iso(a.signUpOpensAt),
    signUpClosesAt: iso(a.signUpClosesAt),
    leaders: v.leads ? a.leaderNames : a.leaderNames.map(maskName),
    leaderIds: v.manages ? a.leaderIds : [],
    creditHours: a.creditHours,
    notes: a.notes,
    insured: a.insured,
    seriesId: a.seriesId,
    cancelReason: a.cancelReason,
    hoursConfirmedAt: a.hoursConfirmedAt ? iso(a.hoursConfirmedAt) : null,
    mine: v.mine,
    signUpBlocked: a.state === 'open' ? v.signUpBlocked : '活动已取消',
    can: allowed(a, now, v),
  }
}

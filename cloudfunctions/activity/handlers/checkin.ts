// On site: the leader's code (a new one every 30 s), the volunteer's check-in and check-out with it,
// and the leader checking everyone out at the end. Each refusal says why: the code expired or is
// not a code, too early, over, too far. A repeated check-in or check-out answers with the first.
import QRCode from 'qrcode'
import { ACTIVITY_RULES } from '../../../types/activity'
import { ROUTES, withQuery } from '../../../types/pages'
import { formatShanghai } from '../../../types/shanghai-time'
import type { HandlerOf } from '../../../server/kernel/router'
import type { Ctx } from '../../../server/kernel/context'
import { callerUser } from '../../../server/kernel/context'
import { conflict, fieldError } from '../../../server/kernel/app-error'
import { checkInWindow, distanceMetres } from '../../../server/domain/volunteer-hours'
import {
  codeWindow,
  checkInCode as codeAt,
  readCheckInCode,
  windowEnd,
} from '../../../server/services/volunteer-codes'
import { findActivity, standing, type ActivityDoc } from '../../../server/repositories/activities'
import {
  findSignUp,
  signUpId,
  signUpsOf,
  updateSignUp,
  type SignUpDoc,
} from '../../../server/repositories/signups'
import { recordActivityAudit } from '../../../server/repositories/activity-audit'
import { activityToLead } from './lead-access'

const MINUTE = 60_000
const INVALID = '这不是有效的签到码，请扫描负责人手机上的签到码'
const EXPIRED = '签到码已过期，请扫描负责人手机上的最新签到码'

export const CODE_QR = { errorCorrectionLevel: 'M', margin: 2, width: 360 } as const

/**
 * What the leader's QR holds: a link to the h5 check-in page carrying the code, so a phone without
 * a QR reader in the app still checks in from its camera (the page submits the code it is opened
 * with); the app's own scanner takes the code out of the link.
 */
export function checkInLink(h5BaseUrl: string, code: string): string {
  return `${h5BaseUrl}#${withQuery(ROUTES.checkIn, { code })}`
}

export const checkInCode: HandlerOf<'activity', 'checkInCode'> = async (ctx, input) => {
  const a = await activityToLead(ctx, input.activityId)
  if (a.state !== 'open') throw conflict('活动已取消')
  const now = ctx.now()
  const code = codeAt(a._id, now)
  const expiresAt = windowEnd(codeWindow(now))
  return {
    code,
    qrImage: await QRCode.toDataURL(checkInLink(ctx.services.h5BaseUrl, code), CODE_QR),
    expiresAt: expiresAt.toISOString(),
    validForMs: Math.max(0, expiresAt.getTime() - now.getTime()),
    periodSeconds: ACTIVITY_RULES.codePeriodSeconds,
  }
}

type Scan = { code: string; latitude?: number; longitude?: number }

/** The activity the code names and the caller's sign-up to it, or the reason why not. */
async function scanned(ctx: Ctx, input: Scan) {
  const now = ctx.now()
  const reading = readCheckInCode(input.code, now)
  if (!reading.ok) throw fieldError('code', reading.reason === 'expired' ? EXPIRED : INVALID)
  const a = await findActivity(ctx.db, reading.activityId)
  if (!a) throw fieldError('code', INVALID)
  if (a.state !== 'open') throw conflict('活动已取消')
  const user = await callerUser(ctx)
  const place = standing(a, user._id)
  if (!place) throw conflict('您没有报名这个活动，不能签到')
  if (place.status === 'waitlisted')
    throw conflict(`您在候补第 ${place.position} 位，尚未获得名额，不能签到`)
  const s = await findSignUp(ctx.db, a._id, user._id)
  if (!s) throw conflict('您的报名记录正在同步，请稍后再试')
  return { a, s, now }
}

/** Metres from the activity's point, refusing when outside the radius; null without a location. */
function distanceFrom(a: ActivityDoc, input: Scan, what: string): number | null {
  if (input.latitude === undefined || input.longitude === undefined) return null
  const d = distanceMetres(a.place, { latitude: input.latitude, longitude: input.longitude })
  if (d > a.place.radius)
    throw conflict(`您距活动地点约 ${d} 米，需在 ${a.place.radius} 米内${what}`)
  return d
}

function result(
  a: ActivityDoc,
  s: SignUpDoc,
  kind: 'checkIn' | 'checkOut',
  distance: number | null,
) {
  const at = kind === 'checkIn' ? s.checkInAt : s.checkOutAt
  return {
    activityId: a._id,
    title: a.title,
    kind,
    at: new Date(at!).toISOString(),
    late: s.attendance === 'late',
    distance,
  }
}

/** The sign-up as stored after a conditional write lost to a concurrent one. */
async function reread(ctx: Ctx, a: ActivityDoc, s: SignUpDoc): Promise<SignUpDoc> {
  return (await findSignUp(ctx.db, a._id, s.userId)) ?? s
}

export const checkIn: HandlerOf<'activity', 'checkIn'> = async (ctx, input) => {
  const { a, s, now } = await scanned(ctx, input)
  if (s.checkInAt) return result(a, s, 'checkIn', s.checkInDistance)
  const opensAt = new Date(
    new Date(a.startAt).getTime() - ACTIVITY_RULES.checkInOpensMinutes * MINUTE,
  )
  const window = checkInWindow(
    now,
    new Date(a.startAt),
    new Date(a.endAt),
    ACTIVITY_RULES.checkInOpensMinutes,
  )
  if (window === 'early') throw conflict(`还没到签到时间：${formatShanghai(opensAt)} 开始签到`)
  if (window === 'over') throw conflict('活动已结束，签到已关闭')
  const distance = distanceFrom(a, input, '签到')
  const change = {
    checkInAt: now,
    checkInDistance: distance,
    attendance: now > new Date(a.startAt) ? ('late' as const) : ('present' as const),
    updatedAt: now,
  }
  const written = await updateSignUp(ctx.db, signUpId(a._id, s.userId), change, {
    checkInAt: null,
  })
  const stored = written ? { ...s, ...change } : await reread(ctx, a, s)
  return result(a, stored, 'checkIn', stored.checkInDistance)
}

export const checkOut: HandlerOf<'activity', 'checkOut'> = async (ctx, input) => {
  const { a, s, now } = await scanned(ctx, input)
  if (s.checkOutAt) return result(a, s, 'checkOut', null)
  if (!s.checkInAt) throw conflict('您还没有签到，请先签到')
  const closesAt = new Date(
    new Date(a.endAt).getTime() + ACTIVITY_RULES.checkOutClosesMinutes * MINUTE,
  )
  if (now > closesAt) throw conflict(`签退已于 ${formatShanghai(closesAt)} 关闭，请联系负责人登记`)
  const distance = distanceFrom(a, input, '签退')
  const change = { checkOutAt: now, updatedAt: now }
  const written = await updateSignUp(ctx.db, signUpId(a._id, s.userId), change, {
    checkOutAt: null,
  })
  const stored = written ? { ...s, ...change } : await reread(ctx, a, s)
  return result(a, stored, 'checkOut', distance)
}

export const checkOutAll: HandlerOf<'activity', 'checkOutAll'> = async (ctx, input) => {
  const a = await activityToLead(ctx, input.activityId)
  const now = ctx.now()
  if (now < new Date(a.startAt)) throw conflict('活动开始后才能统一签退')
  const at = new Date(Math.min(now.getTime(), new Date(a.endAt).getTime()))
  const open = (await signUpsOf(ctx.db, a._id)).filter(
    (s) => s.status === 'confirmed' && s.checkInAt && !s.checkOutAt,
  )
  let checkedOut = 0
  for (const s of open) {
    if (await updateSignUp(ctx.db, s._id, { checkOutAt: at, updatedAt: now }, { checkOutAt: null }))
      checkedOut++
  }
  if (checkedOut)
    await recordActivityAudit(ctx.db, {
      activityId: a._id,
      userId: null,
      action: 'checkOutAll',
      by: ctx.caller.user!._id,
      at: now,
      reason: '负责人统一签退',
      before: { open: open.map((s) => s.userId) },
      after: { checkOutAt: at, checkedOut },
    })
  return { checkedOut }
}

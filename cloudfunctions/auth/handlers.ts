// 扫码登录. The desktop asks for a login request and shows its code; the phone (the mini-program,
// where WeChat vouches for the person) confirms it; the desktop's next poll collects a session token
// once. The code holds a ticket, not the request id the desktop polls with, and only the committee
// and secretaries can turn a ticket into its request. The phone can list and end its desktop
// sessions. The public web, which has no identity, hands visitors over to the mini-program.
import crypto from 'node:crypto'
import {
  LOGIN_REQUEST_MINUTES,
  MINI_PROGRAM_LINK_DAYS,
  SESSION_MAX_DAYS,
  type LoginRequestView,
  type LoginStatus,
} from '../../types/auth'
import { conflict, forbidden, found, rateLimited } from '../../server/kernel/app-error'
import { requireIdentity, type Ctx } from '../../server/kernel/context'
import type { HandlerOf } from '../../server/kernel/router'
import { browserLabel } from '../../server/domain/browser-label'
import {
  addLoginRequest,
  decideLoginRequest,
  findLoginRequest,
  findLoginRequestByTicket,
  hashTicket,
  useLoginRequest,
  type LoginRequestDoc,
} from '../../server/repositories/login-requests'
import {
  dailyCounterId,
  releaseRateLimit,
  takeDailyLimit,
} from '../../server/repositories/rate-limits'
import {
  addWebSession,
  endWebSessions,
  isLive,
  openWebSessions,
} from '../../server/repositories/web-sessions'

const MINUTE_MS = 60_000
/** An approved request waits this long for the desktop to collect it. */
const COLLECT_MS = MINUTE_MS

const iso = (d: Date | string) => new Date(d).toISOString()

/** The request's status as of now: pending and approved ones lapse at their expiry. */
function statusOf(doc: LoginRequestDoc, now: Date): LoginStatus {
  const live = doc.status === 'pending' || doc.status === 'approved'
  return live && new Date(doc.expiresAt) <= now ? 'expired' : doc.status
}

function viewOf(doc: LoginRequestDoc, now: Date): LoginRequestView {
  return {
    requestId: doc._id,
    status: statusOf(doc, now),
    requestedAt: iso(doc.createdAt),
    expiresAt: iso(doc.expiresAt),
    browser: doc.browser,
  }
}

const loginRequest = async (ctx: Ctx, id: string) =>
  found(await findLoginRequest(ctx.db, id), '登录请求')

export const requestLogin: HandlerOf<'auth', 'requestLogin'> = async (ctx) => {
  const now = ctx.now()
  const requestId = crypto.randomBytes(16).toString('base64url')
  const ticket = crypto.randomBytes(16).toString('base64url')
  const expiresAt = new Date(now.getTime() + LOGIN_REQUEST_MINUTES * MINUTE_MS)
  await addLoginRequest(ctx.db, {
    _id: requestId,
    ticketHash: hashTicket(ticket),
    status: 'pending',
    decidedBy: null,
    browser: browserLabel(ctx.caller.userAgent ?? null),
    createdAt: now,
    expiresAt,
  })
  const code = ctx.services.loginCode
  return {
    requestId,
    qr: await code.image(ticket),
    url: code.url(ticket),
    expiresAt: iso(expiresAt),
  }
}

export const inspectLogin: HandlerOf<'auth', 'inspectLogin'> = async (ctx, { ticket }) =>
  viewOf(found(await findLoginRequestByTicket(ctx.db, ticket), '登录请求'), ctx.now())

export const confirmLogin: HandlerOf<'auth', 'confirmLogin'> = async (ctx, input) => {
  // A desktop session cannot vouch for another desktop: the phone in hand is the proof.
  if (ctx.caller.webSession) throw forbidden('请在微信小程序中扫码确认')
  const { openid } = requireIdentity(ctx)
  const now = ctx.now()
  const request = await loginRequest(ctx, input.requestId)
  if (!(await decideLoginRequest(ctx.db, request._id, input.approve, openid, now, COLLECT_MS))) {
    const latest = await loginRequest(ctx, input.requestId)
    if (statusOf(latest, now) === 'expired')
      throw conflict('二维码已过期，请在电脑上刷新后重新扫码')
    throw conflict('该登录请求已处理')
  }
  return viewOf(await loginRequest(ctx, input.requestId), now)
}

export const pollLogin: HandlerOf<'auth', 'pollLogin'> = async (ctx, { requestId }) => {
  const now = ctx.now()
  const request = await loginRequest(ctx, requestId)
  const status = statusOf(request, now)
  const expiresAt = iso(request.expiresAt)
  if (status !== 'approved' || !request.decidedBy) return { status, expiresAt }
  // One session per request, named after it: of two polls at once, only one starts it.
  const sessionId = crypto.createHash('sha256').update(requestId).digest('hex').slice(0, 40)
  const sessionEnds = new Date(now.getTime() + SESSION_MAX_DAYS * 24 * 3600_000)
  const started = await addWebSession(ctx.db, {
    _id: sessionId,
    openid: request.decidedBy,
    browser: request.browser,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: sessionEnds,
    endedAt: null,
  })
  if (!started || !(await useLoginRequest(ctx.db, requestId))) return { status: 'used', expiresAt }
  const token = ctx.services.tokens.issueSession(request.decidedBy, sessionId, sessionEnds)
  return { status: 'approved', token, expiresAt }
}

export const sessions: HandlerOf<'auth', 'sessions'> = async (ctx) => {
  const now = ctx.now()
  const open = await openWebSessions(ctx.db, requireIdentity(ctx).openid, now)
  const live = open.filter((s) => isLive(s, now))
  return {
    list: live
      .sort((a, b) => new Date(b.lastSeenAt).getTime() - new Date(a.lastSeenAt).getTime())
      .map((s) => ({
        browser: s.browser,
        signedInAt: iso(s.createdAt),
        lastSeenAt: iso(s.lastSeenAt),
        current: s._id === ctx.caller.webSession,
      })),
  }
}

export const signOut: HandlerOf<'auth', 'signOut'> = async (ctx) => {
  const session = ctx.caller.webSession
  if (!session) return { ended: 0 }
  return { ended: await endWebSessions(ctx.db, requireIdentity(ctx).openid, ctx.now(), session) }
}

export const signOutEverywhere: HandlerOf<'auth', 'signOutEverywhere'> = async (ctx) => ({
  ended: await endWebSessions(ctx.db, requireIdentity(ctx).openid, ctx.now()),
})

/**
 * URL Links the whole district may generate a day. WeChat allows an account 500,000 links and
 * schemes a day in all; the cap keeps a script hammering this public action from spending them.
 */
export const MINI_PROGRAM_LINKS_PER_DAY = 20_000
const LINK_COUNTER = ['urllink', 'district'] as const

/** 请在微信中继续: a URL Link to the page of the mini-program where the visitor can act. */
export const miniProgramLink: HandlerOf<'auth', 'miniProgramLink'> = async (ctx, input) => {
  const now = ctx.now()
  const [what, who] = LINK_COUNTER
  if (!(await takeDailyLimit(ctx.db, what, who, MINI_PROGRAM_LINKS_PER_DAY, now)))
    throw rateLimited('今天的小程序链接已用完，请在微信中打开本小程序继续')
  let url: string
  try {
    url = await ctx.services.miniProgramLinks.generate(
      input.path,
      input.query,
      MINI_PROGRAM_LINK_DAYS,
    )
  } catch (err) {
    // WeChat made no link: the unit goes back.
    await releaseRateLimit(ctx.db, dailyCounterId(what, who, now))
    throw err
  }
  const expiresAt = new Date(now.getTime() + MINI_PROGRAM_LINK_DAYS * 24 * 3600_000)
  return { url, expiresAt: iso(expiresAt) }
}

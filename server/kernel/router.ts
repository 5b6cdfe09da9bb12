// The one router every cloud function uses. It parses `{ action, data }`, works out the caller from
// the platform context, checks the action's roles, parses input with the action's schema before any
// handler runs, parses the output with its schema (so a field not in the contract never leaves the
// server), and turns every error into the reply envelope.
import crypto from 'node:crypto'
import type { z } from 'zod'
import { API, type ActionSpec, type Api, type FunctionName } from '../../types/api'
import { FunctionRequest, type Envelope } from '../../types/envelope'
import { HTTP_STATUS, type FieldIssue } from '../../types/errors'
import {
  dropIdempotent,
  findIdempotent,
  finishIdempotent,
  startIdempotent,
  takeOverIdempotent,
} from '../repositories/idempotency'
import { findUserByOpenid } from '../repositories/users'
import { AppError } from './app-error'
import { invocationOf, type Identity, type Invocation } from './caller'
import { rolesOf, type Caller, type Ctx } from './context'
import { database, isDuplicateWrite, isTransactionConflict } from './database'
import { appServices } from './services'
import { configProblems } from './config'
import { headerOf, REFUSED, webCaller, type HttpHeaders, type WebCaller } from './web-caller'
import { AUDITED_ACTIONS } from '../../types/audited-actions'
import type { AuditSpec } from '../../types/audit'
import { recordDecision } from '../domain/audit'

type SpecOf<F extends FunctionName, A extends keyof Api[F]> = Api[F][A] extends ActionSpec
  ? Api[F][A]
  : never

export type Handler<S extends ActionSpec> = (
  ctx: Ctx,
  input: z.output<S['input']>,
) => Promise<z.input<S['output']>>

/** The handler type of one action, e.g. `HandlerOf<'shop', 'get'>`. */
export type HandlerOf<F extends FunctionName, A extends keyof Api[F]> = Handler<SpecOf<F, A>>

export type Handlers<F extends FunctionName> = { [A in keyof Api[F]]: HandlerOf<F, A> }

const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000

export type MainOptions<F extends FunctionName> = {
  /** The action each timer trigger (by its name in config.json) runs, as the system (no user). */
  timers?: Record<string, keyof Api[F] & string>
}

/** What CloudBase's HTTP access service delivers; the reply is then an integrated response. */
type HttpEvent = {
  httpMethod: string
  headers?: HttpHeaders
  body?: string | null
  isBase64Encoded?: boolean
}
type HttpReply = { statusCode: number; headers: Record<string, string>; body: string }

function isHttpEvent(event: unknown): event is HttpEvent {
  return !!event && typeof event === 'object' && typeof (event as HttpEvent).httpMethod === 'string'
}

/** Anything shaped like a trigger event; only the platform may deliver one. */
function looksLikeTrigger(event: unknown): boolean {
  return (
    !!event &&
    typeof event === 'object' &&
    (Object.hasOwn(event, 'Type') || Object.hasOwn(event, 'TriggerName'))
  )
}

/** The action a genuine timer invocation runs: a raw trigger event, no caller, a known trigger. */
function timerAction(
  event: unknown,
  invocation: Invocation,
  timers: Record<string, string>,
): string | null {
  if (invocation.identity || invocation.source === 'http' || invocation.source === 'wx_client')
    return null
  const { Type, TriggerName } = event as { Type?: unknown; TriggerName?: unknown }
  if (Type !== 'Timer' || typeof TriggerName !== 'string') return null
  return Object.hasOwn(timers, TriggerName) ? timers[TriggerName] : null
}

const NOT_A_TRIGGER = () => new AppError('FORBIDDEN', '定时任务只能由平台触发')

/** Builds a cloud function's `main(event, context)` from its handlers. */
export function createMain<F extends FunctionName>(
  name: F,
  handlers: Handlers<F>,
  options: MainOptions<F> = {},
) {
  /**
   * `headers`: the event is a body a client sent through the HTTP access service with these
   * headers, so it can never be a trigger event, whatever it says, and its caller is whoever its
   * token names, not the platform's context.
   */
  async function route(
    event: unknown,
    context: unknown,
    headers: HttpHeaders | null,
  ): Promise<Envelope<unknown>> {
    try {
      const invocation = invocationOf(context)
      const viaHttp = headers !== null
      const web = viaHttp ? await webCallerOrFail(headers) : null
      const identity = viaHttp ? (web?.identity ?? null) : invocation.identity
      const timer = viaHttp ? null : timerAction(event, invocation, options.timers ?? {})
      const asTimer = timer !== null
      if (!asTimer && looksLikeTrigger(event)) throw NOT_A_TRIGGER()
      const request = FunctionRequest.safeParse(asTimer ? { action: timer } : event)
      if (!request.success) throw validation(request.error.issues)
      const { action, data, idempotencyKey } = request.data
      const spec = Object.hasOwn(specs, action) ? specs[action] : undefined
      const handler = (handlers as Record<string, Handler<ActionSpec>>)[action]
      if (!spec || !handler)
        throw new AppError('VALIDATION', `未知操作：${name}.${action}`, [
          { path: 'action', message: '未知操作' },
        ])

      const base = await contextFor(identity, asTimer, web, headers, needsUser(spec))
      authorise(spec, base)
      const requestKey =
        spec.idempotent && idempotencyKey && identity
          ? requestKeyOf(`${name}.${action}`, identity.openid, idempotencyKey)
          : undefined
      const ctx: Ctx = requestKey ? { ...base, requestKey } : base
      const input = spec.input.safeParse(data ?? {})
      if (!input.success) throw validation(input.error.issues)

      const audited = auditSpecOf(name, action)
      const run = async () => {
        const output = spec.output.parse(await handler(ctx, input.data))
        // Recorded before the reply, inside the idempotent run: a retry's replayed reply adds none.
        if (audited)
          await recordDecision(
            ctx,
            { action: `${name}.${action}`, summary: spec.summary, spec: audited, idempotencyKey },
            input.data as Record<string, unknown>,
            output,
          )
        return output
      }
      const result = requestKey
        ? await once(ctx, requestKey, invocation.timeLimitMs, run)
        : await run()
      return { ok: true, data: result }
    } catch (err) {
      return toErrorEnvelope(err, name)
    }
  }

  const specs = API[name] as Record<string, ActionSpec>
  // Checked on the first call of this instance (its cold start): a deployment missing a setting
  // answers every call naming it, instead of failing halfway through some action.
  let checked = false
  let startup: Envelope<never> | null = null
  const startupFailure = () => {
    if (!checked) [startup, checked] = [startupCheck(name), true]
    return startup
  }
  return async function main(
    event: unknown,
    context: unknown,
  ): Promise<Envelope<unknown> | HttpReply> {
    const failed = startupFailure()
    if (failed) return isHttpEvent(event) ? httpReply(failed) : failed
    if (!isHttpEvent(event)) return route(event, context, null)
    let parsed: unknown
    try {
      const text = event.isBase64Encoded
        ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
        : event.body
      parsed = text ? JSON.parse(text) : {}
    } catch {
      return httpReply({
        ok: false,
        error: { code: 'VALIDATION', message: '请求内容不是有效的 JSON' },
      })
    }
    return httpReply(await route(parsed, context, event.headers ?? {}))
  }
}

function startupCheck(fn: string): Envelope<never> | null {
  const problems = configProblems(process.env)
  if (!problems.length) return null
  console.error(`[${fn}] cannot start: ${problems.join('; ')}`)
  return {
    ok: false,
    error: { code: 'INTERNAL', message: `服务配置不完整：${problems.join('；')}` },
  }
}

/** The audit declaration of an action, if it is a decision. */
function auditSpecOf(fn: string, action: string): AuditSpec | undefined {
  const table = AUDITED_ACTIONS as Record<string, Record<string, AuditSpec> | undefined>
  return table[fn]?.[action]
}

function httpReply(envelope: Envelope<unknown>): HttpReply {
  return {
    statusCode: envelope.ok ? 200 : HTTP_STATUS[envelope.error.code],
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(envelope),
  }
}

async function webCallerOrFail(headers: HttpHeaders): Promise<WebCaller | null> {
  const web = await webCaller(headers, appServices(), database(), new Date())
  if (web === REFUSED) throw new AppError('UNAUTHENTICATED', '登录已失效，请重新登录')
  return web
}

/** Web sign-in by scanning is for these roles; a session outlives neither. */
const WEB_ROLES = ['admin', 'secretary'] as const

/**
 * Whether the action needs the caller's stored user: for its roles, or for a reply that depends on
 * who asks. A public read (a scan, the shop list) costs no user lookup.
 */
function needsUser(spec: ActionSpec): boolean {
  return spec.access !== 'anyone' || spec.personal === true
}

async function contextFor(
  identity: Identity | null,
  system: boolean,
  web: WebCaller | null,
  headers: HttpHeaders | null,
  withUser: boolean,
): Promise<Ctx> {
  const db = database()
  const user = identity && withUser ? await findUserByOpenid(db, identity.openid) : null
  const roles = rolesOf(user, identity)
  // A desktop session whose person lost the role ends; a public read needs no role to check.
  if (withUser && web?.session && !WEB_ROLES.some((role) => roles.includes(role)))
    throw new AppError('UNAUTHENTICATED', '该账号已无电脑端登录权限，请重新登录')
  const agent = headers ? headerOf(headers, 'user-agent') : null
  const caller: Caller = {
    identity,
    user,
    roles,
    system,
    webSession: web?.session ?? null,
    userAgent: agent === REFUSED ? null : agent,
  }
  return { caller, db, now: () => new Date(), services: appServices() }
}

function authorise(spec: ActionSpec, ctx: Ctx): void {
  if (spec.access === 'anyone' || ctx.caller.system) return
  if (!ctx.caller.identity) throw new AppError('UNAUTHENTICATED', '请先登录')
  if (!spec.access.some((role) => ctx.caller.roles.includes(role))) {
    throw new AppError('FORBIDDEN', '没有权限进行此操作')
  }
}

/** One id per (action, caller, client key): the idempotency record's, and the handler's `requestKey`. */
export function requestKeyOf(action: string, openid: string, key: string): string {
  return crypto
    .createHash('sha256')
    .update(`${action}\u0000${openid}\u0000${key}`)
    .digest('hex')
    .slice(0, 40)
}

/**
 * Runs a retried write once: the first call's reply is stored under the client's key. A call still
 * running refuses its retry; a call that died (its lease, the function's time limit, ran out)
 * is taken over by the retry, so a crash never blocks the key for good.
 */
async function once(
  ctx: Ctx,
  id: string,
  leaseMs: number,
  run: () => Promise<unknown>,
): Promise<unknown> {
  const now = ctx.now()
  // Twice the time limit: a call is surely over by then, even one the platform let run late.
  const leaseUntil = new Date(now.getTime() + 2 * leaseMs)
  let attempt = 1
  const started = await startIdempotent(ctx.db, {
    _id: id,
    status: 'pending',
    attempt,
    leaseUntil,
    createdAt: now,
    expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
  })
  if (!started) {
    const prior = await findIdempotent(ctx.db, id)
    if (prior?.status === 'done') return prior.reply
    const stale = !!prior && new Date(prior.leaseUntil ?? prior.createdAt) <= now
    if (!prior || !stale || !(await takeOverIdempotent(ctx.db, prior, leaseUntil))) {
      // It may have finished meanwhile: then its reply is the answer.
      const latest = await findIdempotent(ctx.db, id)
      if (latest?.status === 'done') return latest.reply
      throw new AppError('CONFLICT', '相同的请求正在处理，请稍后再试')
    }
    attempt = prior.attempt + 1
  }
  let reply: unknown
  try {
    reply = await run()
  } catch (err) {
    await dropIdempotent(ctx.db, id, attempt)
    throw err
  }
  await finishIdempotent(ctx.db, id, attempt, reply)
  return reply
}

function validation(issues: z.core.$ZodIssue[]): AppError {
  const list: FieldIssue[] = issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }))
  return new AppError('VALIDATION', list[0]?.message ?? '输入有误', list)
}

function toErrorEnvelope(err: unknown, fn: string): Envelope<never> {
  if (err instanceof AppError) {
    return {
      ok: false,
      error: {
        code: err.code,
        message: err.message,
        ...(err.issues ? { issues: err.issues } : {}),
      },
    }
  }
  if (isDuplicateWrite(err)) {
    return { ok: false, error: { code: 'CONFLICT', message: '数据已存在' } }
  }
  if (isTransactionConflict(err)) {
    return { ok: false, error: { code: 'CONFLICT', message: '同时操作的人较多，请稍后再试' } }
  }
  console.error(`[${fn}]`, err)
  return { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }
}

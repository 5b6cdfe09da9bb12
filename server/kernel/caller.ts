// Who is calling: taken from the invocation context that CloudBase (or the local runner) fills in,
// never from the request body.
import { tcb } from './database'

export type Identity = { openid: string; appid: string | null; unionid: string | null }

/** One invocation as the platform describes it: who calls, through what, with how much time. */
export type Invocation = {
  identity: Identity | null
  /** TCB_SOURCE: `wx_client`, `http`, a timer's or another function's call… null when unset. */
  source: string | null
  /** The function's time limit; a call still "running" after it has died. */
  timeLimitMs: number
}

/** CloudBase's default time limit when a function sets none. */
const DEFAULT_TIME_LIMIT_MS = 20_000

export function invocationOf(context: unknown): Invocation {
  const limit = Number((context as { time_limit_in_ms?: unknown } | null)?.time_limit_in_ms)
  const timeLimitMs = Number.isFinite(limit) && limit > 0 ? limit : DEFAULT_TIME_LIMIT_MS
  const env = platformEnv(context)
  if (!env) return { identity: null, source: null, timeLimitMs }
  const openid = text(env.WX_OPENID) ?? text(env.TCB_CUSTOM_USER_ID) ?? text(env.TCB_UUID)
  const identity = openid
    ? { openid, appid: text(env.WX_APPID), unionid: text(env.WX_UNIONID) }
    : null
  return { identity, source: text(env.TCB_SOURCE), timeLimitMs }
}

function platformEnv(context: unknown): Record<string, unknown> | null {
  if (!context || typeof context !== 'object') return null
  try {
    return tcb.getCloudbaseContext(context as never) as unknown as Record<string, unknown>
  } catch {
    return null
  }
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null
}

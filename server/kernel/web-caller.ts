// Who calls through the HTTP access service (the h5 app): nobody without an Authorization header,
// the signed-in person for one `Bearer <token>` whose token checks out, REFUSED for anything else.
// The function decides this itself, in the same code locally and in production; the gateway in
// front of it only forwards.
import { findWebSession, idleFor, isLive, touchWebSession } from '../repositories/web-sessions'
import type { Identity } from './caller'
import type { Database } from './database'
import type { Services } from './services'

export const REFUSED = 'refused'

export type WebCaller = { identity: Identity; session: string | null }

/** Activity is written at most this often, so a busy console does not write on every call. */
const TOUCH_EVERY_MS = 60_000

export type HttpHeaders = Record<string, unknown> | null | undefined

/** A header's value by its name in any case; null when absent, REFUSED when sent twice. */
export function headerOf(headers: HttpHeaders, name: string): string | null | typeof REFUSED {
  const values = Object.entries(headers ?? {})
    .filter(([key]) => key.toLowerCase() === name)
    .map(([, value]) => value)
  if (values.length === 0) return null
  // Sent twice (two keys, or one key holding a list): refused rather than picking one.
  if (values.length > 1 || typeof values[0] !== 'string') return REFUSED
  return values[0]
}

export async function webCaller(
  headers: HttpHeaders,
  services: Pick<Services, 'tokens' | 'acceptDemoTokens'>,
  db: Database,
  now: Date,
): Promise<WebCaller | null | typeof REFUSED> {
  const authorization = headerOf(headers, 'authorization')
  if (authorization === null) return null
  if (authorization === REFUSED) return REFUSED
  const match = /^Bearer ([^\s,]+)$/.exec(authorization)
  const claims = match ? services.tokens.verify(match[1]) : null
  if (!claims) return REFUSED
  const identity = { openid: claims.sub, appid: null, unionid: null }
  if (claims.kind === 'demo')
    return services.acceptDemoTokens ? { identity, session: null } : REFUSED
  const session = await findWebSession(db, claims.sid!)
  if (!session || session.openid !== claims.sub || !isLive(session, now)) return REFUSED
  if (idleFor(session, now) >= TOUCH_EVERY_MS) await touchWebSession(db, session._id, now)
  return { identity, session: session._id }
}

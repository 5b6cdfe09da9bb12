// `ctx`: everything a handler needs — the caller, the database, the clock and the services — so
// handlers are plain functions `(ctx, input) => result`, testable without globals.
import type { Role } from '../../types/roles'
import { ensureUser, type UserDoc } from '../repositories/users'
import type { Database } from './database'
import type { Identity } from './caller'
import type { Services } from './services'

export type Caller = {
  identity: Identity | null
  /** The stored user, if this identity has one yet; null for public reads, which look up none. */
  user: UserDoc | null
  /** Effective roles: stored roles plus `public` for every identified caller. */
  roles: Role[]
  /** True for a timer trigger: the system itself, allowed every action it is configured for. */
  system: boolean
  /** The desktop session (扫码登录) the call came through, if any. */
  webSession?: string | null
  /** The browser's User-Agent, for calls through the HTTP access service. */
  userAgent?: string | null
}

export type Ctx = {
  caller: Caller
  db: Database
  now: () => Date
  services: Services
  /**
   * Shared by every try of one request (the action, caller and idempotency key), so a retry finds
   * what an earlier try wrote; absent for a call without a key.
   */
  requestKey?: string
}

export function rolesOf(user: UserDoc | null, identity: Identity | null): Role[] {
  if (!identity) return []
  return [...new Set<Role>([...(user?.roles ?? []), 'public'])]
}

/** The caller's identity, or an UNAUTHENTICATED error. Handlers behind `access: [...]` have one. */
export function requireIdentity(ctx: Ctx): Identity {
  if (!ctx.caller.identity) throw new Error('requireIdentity called on an anonymous action')
  return ctx.caller.identity
}

/** The caller's stored user, created on first contact (a person may act before opening 我的). */
export async function callerUser(ctx: Ctx): Promise<UserDoc> {
  if (ctx.caller.user) return ctx.caller.user
  return (await ensureUser(ctx.db, requireIdentity(ctx).openid, ctx.now())).user
}

// Who the h5 user is. On weapp identity comes from WeChat (the cloud function reads OPENID), so
// only the token getter is shared. On h5 the token comes from 扫码登录 (services/auth.ts), or in
// the local demo from the gateway's persona sign-in. Outside the demo a visitor cannot sign in on
// h5 at all: pages where one acts hand the visitor over to the mini-program instead.
import Taro from '@tarojs/taro'
import type { Role } from '../../types/roles'
import { ApiError } from './api-error'

const TOKEN_KEY = 'rbd.token'

export type PersonaId = 'admin' | 'secretary' | 'merchant' | 'member' | 'shopper'

export type Persona = {
  persona: PersonaId
  nickname: string
  roles: Role[]
  description: string
}

export type Session = { token: string; openid: string }

/** The bearer token of the signed-in h5 user, or '' when nobody is signed in. */
export function getToken(): string {
  if (process.env.TARO_ENV === 'weapp') return ''
  try {
    return (Taro.getStorageSync(TOKEN_KEY) as string) || ''
  } catch {
    return ''
  }
}

/** True when calls carry an identity: always on weapp, with a stored token on h5. */
export function isSignedIn(): boolean {
  return process.env.TARO_ENV === 'weapp' || getToken() !== ''
}

/** The demo people one can act as in local mode. */
export async function listPersonas(): Promise<Persona[]> {
  return devRequest<Persona[]>('GET', '/dev/personas')
}

let demoProbe: Promise<boolean> | null = null

/**
 * Whether this is the local demo, where anybody may sign in as a persona: only its gateway answers
 * /dev/personas. Asked once per page load; a network failure is asked again next time.
 */
export function isDemoMode(): Promise<boolean> {
  demoProbe ??= listPersonas().then(
    () => true,
    (err: unknown) => {
      if (err instanceof ApiError && err.code === 'NETWORK') demoProbe = null
      return false
    },
  )
  return demoProbe
}

/** Signs in as a demo persona and stores the token. */
export async function signIn(persona: PersonaId): Promise<Session> {
  return storeSession(await devRequest<Session>('POST', '/dev/login', { persona }))
}

/** Signs in as a shopper nobody has seen before (a fresh random openid). */
export async function signInAsNewShopper(): Promise<Session> {
  const openid = `h5-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
  return storeSession(await devRequest<Session>('POST', '/dev/login', { openid }))
}

/** Keeps the token a scan sign-in handed over. */
export function keepSessionToken(token: string): void {
  Taro.setStorageSync(TOKEN_KEY, token)
}

/** Forgets the stored token. */
export function signOut(): void {
  Taro.removeStorageSync(TOKEN_KEY)
}

function storeSession(session: Session): Session {
  Taro.setStorageSync(TOKEN_KEY, session.token)
  return session
}

async function devRequest<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let res: Response
  try {
    res = await fetch(`${process.env.TARO_APP_API_BASE}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError('NETWORK')
  }
  const envelope = (await res.json().catch(() => undefined)) as
    | { ok: true; data: T }
    | { ok: false; error: { code: ApiError['code']; message: string } }
    | undefined
  if (!envelope) throw new ApiError('INTERNAL', '登录服务不可用（仅本地模式提供）')
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message)
  return envelope.data
}

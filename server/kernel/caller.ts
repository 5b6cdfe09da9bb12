// Who is calling: taken from the invocation context that CloudBase (or the local runner) fills in,
// never from the request body.
import { tcb } from './database'

export type Identity = { openid: string; appid: string | null; unionid: string | null }

export function identityFrom(context: unknown): Identity | null {
  if (!context || typeof context !== 'object') return null
  let env: Record<string, unknown>
  try {
    env = tcb.getCloudbaseContext(context as never) as unknown as Record<string, unknown>
  } catch {
    return null
  }
  const openid = text(env.WX_OPENID) ?? text(env.TCB_CUSTOM_USER_ID) ?? text(env.TCB_UUID)
  if (!openid) return null
  return { openid, appid: text(env.WX_APPID), unionid: text(env.WX_UNIONID) }
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null
}

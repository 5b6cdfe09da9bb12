// The deployment's configuration, read from the environment once per cold start and validated, so
// a missing or malformed setting fails every call loudly, naming the setting, instead of a handler
// guessing a default halfway through an action.
import { z } from 'zod'
import { memberKeys } from '../services/member-crypto'
import { shopCodeKeys, type ShopCodeKeys } from '../services/shop-code'
import { readTemplates, type Templates } from '../services/subscribe-message'

export type AppConfig = {
  /** `local`: the embedded stack, with offline stand-ins for WeChat's services. */
  mode: 'local' | 'cloud'
  /** Where the h5 app is served; shop codes point there. */
  h5BaseUrl: string
  shopCodeKeys: ShopCodeKeys
  /** WeChat subscribe-message templates by message kind (WX_SUBSCRIBE_TEMPLATES). */
  subscribeTemplates: Templates
  /** Signs web sign-in tokens (WEB_SESSION_KEY, 32 bytes as hex). */
  webSessionKey: Buffer
}

const Mode = z.enum(['local', 'cloud'], { error: 'APP_MODE must be local or cloud' })
const SessionKey = z
  .string({ error: 'WEB_SESSION_KEY is missing' })
  .regex(/^[0-9a-f]{64,}$/i, 'WEB_SESSION_KEY must be at least 32 bytes as hex')
const BaseUrl = z.url({ protocol: /^https?$/, error: 'APP_H5_BASE_URL must be an http(s) URL' })

type Env = Record<string, string | undefined>

/** Each setting's check, so a start with several wrong names them all. */
const CHECKS: ((env: Env) => unknown)[] = [
  (env) => Mode.parse(env.APP_MODE ?? 'cloud'),
  (env) => BaseUrl.parse(env.APP_H5_BASE_URL),
  (env) => memberKeys(env),
  (env) => shopCodeKeys(env),
  (env) => readTemplates(env.WX_SUBSCRIBE_TEMPLATES),
  (env) => SessionKey.parse(env.WEB_SESSION_KEY),
]

/** What is wrong with the settings, one line each; empty when they are all right. */
export function configProblems(env: Env): string[] {
  return CHECKS.flatMap((check) => {
    try {
      check(env)
      return []
    } catch (err) {
      return [err instanceof z.ZodError ? err.issues[0].message : (err as Error).message]
    }
  })
}

export function readConfig(env: Env): AppConfig {
  const problems = configProblems(env)
  if (problems.length) throw new Error(problems.join('; '))
  const base = BaseUrl.parse(env.APP_H5_BASE_URL)
  return {
    mode: Mode.parse(env.APP_MODE ?? 'cloud'),
    h5BaseUrl: base.endsWith('/') ? base : `${base}/`,
    shopCodeKeys: shopCodeKeys(env),
    subscribeTemplates: readTemplates(env.WX_SUBSCRIBE_TEMPLATES),
    webSessionKey: Buffer.from(SessionKey.parse(env.WEB_SESSION_KEY), 'hex'),
  }
}

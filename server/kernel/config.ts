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

export function readConfig(env: Record<string, string | undefined>): AppConfig {
  const mode = Mode.parse(env.APP_MODE ?? 'cloud')
  const base = BaseUrl.parse(env.APP_H5_BASE_URL)
  memberKeys(env) // MEMBER_DATA_KEY: checked now, used wherever personal data is
  return {
    mode,
    h5BaseUrl: base.endsWith('/') ? base : `${base}/`,
    shopCodeKeys: shopCodeKeys(env),
    subscribeTemplates: readTemplates(env.WX_SUBSCRIBE_TEMPLATES),
    webSessionKey: Buffer.from(SessionKey.parse(env.WEB_SESSION_KEY), 'hex'),
  }
}

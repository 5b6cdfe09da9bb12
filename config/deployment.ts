// The one declaration of a deployment: each function's time limit, memory and timer triggers, and
// the settings every function reads at start. The build writes each function's config.json from
// it (the local runner keeps the same limits), the deploy plan and cloudbaserc.json come from it,
// and the collections and indexes come from types/collections.ts.
import type { FunctionName } from '../types/api'

/** A timer trigger as CloudBase takes it: a 7-field cron (seconds first). */
export type TimerTrigger = { name: string; type: 'timer'; config: string }

export type FunctionDeployment = {
  /** Seconds; CloudBase allows 1–60. */
  timeout: number
  /** MB: 128, 256, 512, 1024 or 2048. */
  memory: 128 | 256 | 512 | 1024 | 2048
  triggers?: TimerTrigger[]
}

const EVERY_10_MINUTES = '0 */10 * * * * *'
const HOURLY = '0 0 * * * * *'
const sweep = (config: string): TimerTrigger[] => [{ name: 'sweep', type: 'timer', config }]

/** A quick call; the default. */
const QUICK = { timeout: 20, memory: 256 } as const
/** Posters, ledgers, certificates, imports of a whole district: the longest CloudBase allows. */
const BULK = { timeout: 60, memory: 512 } as const

export const FUNCTIONS: Record<FunctionName, FunctionDeployment> = {
  user: QUICK,
  district: QUICK,
  org: QUICK,
  shop: BULK,
  rating: QUICK,
  complaint: { ...QUICK, triggers: sweep(EVERY_10_MINUTES) },
  member: BULK,
  inbox: { ...QUICK, triggers: [{ name: 'remind', type: 'timer', config: HOURLY }] },
  wish: { ...BULK, triggers: sweep(EVERY_10_MINUTES) },
  resource: QUICK,
  project: QUICK,
  activity: { ...BULK, triggers: sweep(EVERY_10_MINUTES) },
  volunteer: QUICK,
  audit: BULK,
  dashboard: BULK,
  housekeeping: { ...QUICK, triggers: sweep(HOURLY) },
  auth: QUICK,
}

export type Setting = {
  name: string
  /** What it is, for the IT person setting it. */
  about: string
  /** Printed masked in the deploy plan. */
  secret: boolean
  /** Settings a function can run without (it then uses the default `about` names). */
  optional?: boolean
}

/** The environment every function gets; server/kernel/config.ts validates it at cold start. */
export const SETTINGS: Setting[] = [
  {
    name: 'APP_H5_BASE_URL',
    about: 'h5 与管理后台的网址（二维码、证书链接指向这里）',
    secret: false,
  },
  { name: 'SHOP_CODE_KEYS', about: '店铺码签名密钥，JSON：{"1":"<64 位十六进制>"}', secret: true },
  { name: 'SHOP_CODE_KEY_VERSION', about: '当前使用的店铺码密钥版本，如 1', secret: false },
  {
    name: 'MEMBER_DATA_KEY',
    about: '党员个人信息加密密钥（64 位十六进制，丢失则无法解密手机号）',
    secret: true,
  },
  { name: 'WEB_SESSION_KEY', about: '电脑端扫码登录的令牌签名密钥（64 位十六进制）', secret: true },
  {
    name: 'WX_SUBSCRIBE_TEMPLATES',
    about: '订阅消息模板，JSON；不设置则消息只进站内信',
    secret: false,
    optional: true,
  },
]

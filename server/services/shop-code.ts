// Shop QR payloads that cannot be forged: key version (1 char) + the shop's 8-character code +
// a truncated HMAC-SHA256 (16 base64url chars = 96 bits) = 25 characters, within the 32 that a
// mini-program code's `scene` allows and using only characters it allows. Keys are versioned so
// they can rotate: every version still configured verifies; new codes use the current one.
import crypto from 'node:crypto'
import { z } from 'zod'

export const SHOP_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const MAC_LENGTH = 16
const PAYLOAD = /^([1-9A-Za-z])([A-Z2-9]{8})([A-Za-z0-9_-]{16})$/

const KeyConfig = z.object({
  keys: z.record(z.string().regex(/^[1-9A-Za-z]$/), z.string().regex(/^[0-9a-f]{32,}$/i)),
  current: z.string(),
})

export type ShopCodeKeys = { keys: Record<string, Buffer>; current: string }
type Keys = ShopCodeKeys

/** Signs shop codes with the current key and verifies them with any configured one. */
export type ShopCodeSigner = {
  sign(code: string): string
  /** The shop code a payload names, or null if malformed, forged or signed by an unknown key. */
  verify(payload: string): string | null
}

/** Reads SHOP_CODE_KEYS ({"1":"<hex>"}) and SHOP_CODE_KEY_VERSION; misconfiguration is loud. */
export function shopCodeKeys(env: Record<string, string | undefined>): Keys {
  let raw: unknown
  try {
    raw = { keys: JSON.parse(env.SHOP_CODE_KEYS ?? ''), current: env.SHOP_CODE_KEY_VERSION ?? '' }
  } catch {
    throw new Error('SHOP_CODE_KEYS must be JSON: {"<version>": "<hex secret>"}')
  }
  const parsed = KeyConfig.safeParse(raw)
  if (!parsed.success || !(parsed.data.current in parsed.data.keys)) {
    throw new Error('SHOP_CODE_KEYS / SHOP_CODE_KEY_VERSION are missing or invalid')
  }
  const keys = Object.fromEntries(
    Object.entries(parsed.data.keys).map(([v, hex]) => [v, Buffer.from(hex, 'hex')]),
  )
  return { keys, current: parsed.data.current }
}

function mac(key: Buffer, version: string, code: string): string {
  return crypto
    .createHmac('sha256', key)
    .update(`shop:${version}:${code}`)
    .digest('base64url')
    .slice(0, MAC_LENGTH)
}

/** The signed payload for a shop's code, with the current key. */
export function signShopCode(code: string, keys: Keys): string {
  return `${keys.current}${code}${mac(keys.keys[keys.current], keys.current, code)}`
}

/** The shop code a payload names, or null if it is malformed, forged or signed by an unknown key. */
export function verifyShopCode(payload: string, keys: Keys): string | null {
  const match = PAYLOAD.exec(payload)
  if (!match) return null
  const [, version, code, given] = match
  const key = keys.keys[version]
  if (!key) return null
  const expected = Buffer.from(mac(key, version, code))
  const actual = Buffer.from(given)
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual) ? code : null
}

export function shopCodeSigner(keys: Keys): ShopCodeSigner {
  return {
    sign: (code) => signShopCode(code, keys),
    verify: (payload) => verifyShopCode(payload, keys),
  }
}

/** 8 random characters with no look-alike letters or digits: shop codes and claim codes. */
export function newShopCode(): string {
  const bytes = crypto.randomBytes(8)
  return [...bytes].map((b) => SHOP_CODE_ALPHABET[b % SHOP_CODE_ALPHABET.length]).join('')
}

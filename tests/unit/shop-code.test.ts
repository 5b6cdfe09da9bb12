import crypto from 'node:crypto'
import {
  newShopCode,
  shopCodeKeys,
  signShopCode,
  verifyShopCode,
} from '../../server/services/shop-code'

const SCENE_CHARS = /^[0-9a-zA-Z!#$&'()*+,/:;=?@\-._~]+$/
const keys = shopCodeKeys({
  SHOP_CODE_KEYS: JSON.stringify({ '1': 'ab'.repeat(32) }),
  SHOP_CODE_KEY_VERSION: '1',
})

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

it('round-trips a code and fits a mini-program scene', () => {
  const code = newShopCode()
  const payload = signShopCode(code, keys)
  expect(payload.length).toBeLessThanOrEqual(32)
  expect(payload).toMatch(SCENE_CHARS)
  expect(verifyShopCode(payload, keys)).toBe(code)
})

it('refuses every single-character edit of a payload', () => {
  const payload = signShopCode('ABCDEFGH', keys)
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789abcdefghijklmnopqrstuvwxyz01-_'
  for (let i = 0; i < payload.length; i++) {
    for (const c of chars) {
      if (c === payload[i]) continue
      const edited = payload.slice(0, i) + c + payload.slice(i + 1)
      expect(verifyShopCode(edited, keys)).toBeNull()
    }
  }
})

it('refuses 10,000 randomly mutated or forged payloads', () => {
  const random = prng(20261124)
  const pick = (s: string) => s[Math.floor(random() * s.length)]
  const genuine = Array.from({ length: 50 }, () => signShopCode(newShopCode(), keys))
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789abcdefghijklmnopqrstuvwxyz01-_.~'
  let refused = 0
  for (let n = 0; n < 10_000; n++) {
    const base = genuine[n % genuine.length]
    let candidate: string
    switch (n % 5) {
      case 0: // flip one to three characters
        candidate = [...base].map((c) => (random() < 3 / base.length ? pick(alphabet) : c)).join('')
        if (candidate === base) candidate = base.slice(0, -1) + (base.endsWith('A') ? 'B' : 'A')
        break
      case 1: // a fresh code with a random signature
        candidate = `1${newShopCode()}${crypto.randomBytes(12).toString('base64url')}`
        break
      case 2: // another shop's signature on this code
        candidate = base.slice(0, 9) + genuine[(n + 1) % genuine.length].slice(9)
        break
      case 3: // truncated or extended
        candidate =
          random() < 0.5 ? base.slice(0, Math.floor(random() * base.length)) : base + pick(alphabet)
        break
      default: // an unknown key version, or random text
        candidate =
          random() < 0.5
            ? `9${base.slice(1)}`
            : crypto.randomBytes(18).toString('base64url').slice(0, 25)
    }
    if (genuine.includes(candidate)) continue
    expect(verifyShopCode(candidate, keys)).toBeNull()
    refused++
  }
  expect(refused).toBeGreaterThanOrEqual(9_990)
})

it('keeps old codes valid after a key rotation and signs new ones with the new key', () => {
  const old = signShopCode('ABCDEFGH', keys)
  const rotated = shopCodeKeys({
    SHOP_CODE_KEYS: JSON.stringify({ '1': 'ab'.repeat(32), '2': 'cd'.repeat(32) }),
    SHOP_CODE_KEY_VERSION: '2',
  })
  expect(verifyShopCode(old, rotated)).toBe('ABCDEFGH')
  const fresh = signShopCode('ABCDEFGH', rotated)
  expect(fresh.startsWith('2')).toBe(true)
  expect(verifyShopCode(fresh, keys)).toBeNull() // the old configuration does not know key 2
})

it('refuses to start with missing or malformed keys', () => {
  expect(() => shopCodeKeys({})).toThrow('SHOP_CODE_KEYS')
  expect(() =>
    shopCodeKeys({ SHOP_CODE_KEYS: '{"1":"short"}', SHOP_CODE_KEY_VERSION: '1' }),
  ).toThrow()
  expect(() =>
    shopCodeKeys({
      SHOP_CODE_KEYS: JSON.stringify({ '1': 'ab'.repeat(32) }),
      SHOP_CODE_KEY_VERSION: '2',
    }),
  ).toThrow()
})

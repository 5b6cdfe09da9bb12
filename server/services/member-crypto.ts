// Keeps members' personal data out of reach of a database dump: phones are stored encrypted
// (AES-256-GCM) beside a keyed hash used to find them (roster matching, search), audit records name
// their subject by a keyed pseudonym, and member cards carry a MAC so a card cannot be forged; the
// same secret yields the keys of volunteers' check-in codes and certificate serials.
// One secret, MEMBER_DATA_KEY (64+ hex chars), configured per environment like the shop-code keys.
import crypto from 'node:crypto'

type MemberKeys = {
  encrypt: Buffer
  lookup: Buffer
  pseudonym: Buffer
  card: Buffer
  /** Volunteers' check-in codes and certificate serials (volunteer-codes.ts). */
  checkIn: Buffer
  certificate: Buffer
}

let cached: { raw: string; keys: MemberKeys } | null = null

/** Derives one key per purpose from MEMBER_DATA_KEY; a missing or short key is loud. */
export function memberKeys(env: Record<string, string | undefined> = process.env): MemberKeys {
  const raw = env.MEMBER_DATA_KEY ?? ''
  if (cached?.raw === raw) return cached.keys
  if (!/^[0-9a-f]{64,}$/i.test(raw)) throw new Error('MEMBER_DATA_KEY must be 64+ hex characters')
  const master = Buffer.from(raw, 'hex')
  const derive = (purpose: string) =>
    Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), `member:${purpose}`, 32))
  const keys = {
    encrypt: derive('encrypt'),
    lookup: derive('lookup'),
    pseudonym: derive('pseudonym'),
    card: derive('card'),
    checkIn: derive('check-in'),
    certificate: derive('certificate'),
  }
  cached = { raw, keys }
  return keys
}

/** `v1:` + base64url(iv ‖ tag ‖ ciphertext). */
export function encryptPhone(phone: string, keys = memberKeys()): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', keys.encrypt, iv)
  const body = Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()])
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`
}

export function decryptPhone(stored: string, keys = memberKeys()): string {
  if (!stored.startsWith('v1:')) throw new Error('unknown phone cipher version')
  const data = Buffer.from(stored.slice(3), 'base64url')
  const decipher = crypto.createDecipheriv('aes-256-gcm', keys.encrypt, data.subarray(0, 12))
  decipher.setAuthTag(data.subarray(12, 28))
  return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8')
}

function hmac(key: Buffer, text: string): string {
  return crypto.createHmac('sha256', key).update(text).digest('base64url')
}

/** The same phone always hashes the same, so it can be looked up without being stored. */
export function phoneHash(phone: string, keys = memberKeys()): string {
  return `ph_${hmac(keys.lookup, phone.replace(/\D/g, '')).slice(0, 32)}`
}

/** Who an audit record is about, without naming them: stable per user, meaningless without the key. */
export function pseudonymOf(userId: string, keys = memberKeys()): string {
  return `ps_${hmac(keys.pseudonym, userId).slice(0, 24)}`
}

const CARD = /^M1\.([A-Za-z0-9_-]{1,64})\.(\d{1,6})\.([A-Za-z0-9_-]{16})$/

function cardMac(userId: string, serial: number, keys: MemberKeys): string {
  return hmac(keys.card, `card:${userId}:${serial}`).slice(0, 16)
}

/** What a member card's QR carries: the member and the card's serial, signed. */
export function signMemberCard(userId: string, serial: number, keys = memberKeys()): string {
  return `M1.${userId}.${serial}.${cardMac(userId, serial, keys)}`
}

/** The member and serial a card names, or null if it was not issued by us. */
export function readMemberCard(
  code: string,
  keys = memberKeys(),
): { userId: string; serial: number } | null {
  const match = CARD.exec(code.trim())
  if (!match) return null
  const [, userId, serialText, given] = match
  const serial = Number(serialText)
  const expected = Buffer.from(cardMac(userId, serial, keys))
  const actual = Buffer.from(given)
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual)
    ? { userId, serial }
    : null
}

// Signed sign-in tokens for the local gateway: `base64url(payload).base64url(hmac)`. The secret
// lives in the data directory so tokens survive a restart; a token cannot be edited or forged, and
// anything but the exact text issued (extra segments, other encodings of the same bytes) is refused.
import crypto from 'node:crypto'
import { localSecret } from './secrets'

const TOKEN_LIFETIME_S = 30 * 24 * 3600

export class TokenSigner {
  private readonly secret: Buffer

  constructor(dataDir: string) {
    this.secret = Buffer.from(localSecret(dataDir, 'gateway-token-key'), 'hex')
  }

  /** A token naming `openid`, valid for 30 days. */
  issue(openid: string): string {
    const payload = Buffer.from(
      JSON.stringify({ sub: openid, exp: Math.floor(Date.now() / 1000) + TOKEN_LIFETIME_S }),
    )
    const body = payload.toString('base64url')
    return `${body}.${this.sign(body).toString('base64url')}`
  }

  /**
   * The openid a token names, or null unless the token is exactly as issued: two base64url
   * segments in canonical form, a signature of the right length that matches, and a payload
   * `{ sub: non-empty string, exp: finite number in the future }`.
   */
  verify(token: string): string | null {
    const parts = token.split('.')
    if (parts.length !== 2) return null
    const [body, sig] = parts
    const given = canonicalBase64url(sig)
    if (!canonicalBase64url(body) || !given || given.length !== SIGNATURE_BYTES) return null
    if (!crypto.timingSafeEqual(this.sign(body), given)) return null
    return subjectOf(Buffer.from(body, 'base64url').toString('utf8'))
  }

  private sign(body: string): Buffer {
    return crypto.createHmac('sha256', this.secret).update(body).digest()
  }
}

const SIGNATURE_BYTES = 32

/** The bytes a base64url text encodes, or null unless it is their one canonical encoding. */
function canonicalBase64url(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null
  const bytes = Buffer.from(text, 'base64url')
  return bytes.toString('base64url') === text ? bytes : null
}

/** The payload's subject when it is `{ sub: non-empty string, exp: finite future number }`. */
function subjectOf(json: string): string | null {
  let payload: unknown
  try {
    payload = JSON.parse(json)
  } catch {
    return null
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return null
  const { sub, exp } = payload as { sub?: unknown; exp?: unknown }
  if (typeof sub !== 'string' || !sub) return null
  if (typeof exp !== 'number' || !Number.isFinite(exp) || exp <= Date.now() / 1000) return null
  return sub
}

// Signed web sign-in tokens: `base64url(payload).base64url(hmac)` under WEB_SESSION_KEY. A token
// cannot be edited or forged, and anything but the exact text issued (extra segments, other
// encodings of the same bytes) is refused. The functions verify them themselves, in the same code
// locally and behind CloudBase's HTTP access service.
import crypto from 'node:crypto'

/**
 * `scan`: a desktop signed in by 扫码登录, backed by a `web_sessions` record (idle timeout, sign
 * out everywhere). `demo`: a persona sign-in the local stack's demo mode issues; only a local
 * deployment accepts it.
 */
export type TokenKind = 'scan' | 'demo'

export type TokenClaims = { sub: string; kind: TokenKind; sid?: string; exp: number }

const DEMO_LIFETIME_S = 30 * 24 * 3600

export class TokenSigner {
  constructor(private readonly key: Buffer) {}

  /** A demo token naming `openid`, valid for 30 days. */
  issue(openid: string): string {
    return this.sign({ sub: openid, kind: 'demo', exp: nowSeconds() + DEMO_LIFETIME_S })
  }

  /** A token for the web session `sid`, valid until `expiresAt` at the latest. */
  issueSession(openid: string, sid: string, expiresAt: Date): string {
    return this.sign({
      sub: openid,
      kind: 'scan',
      sid,
      exp: Math.floor(expiresAt.getTime() / 1000),
    })
  }

  /**
   * The claims of a token exactly as issued: two base64url segments in canonical form, a signature
   * of the right length that matches, and a well-formed payload whose `exp` is in the future.
   */
  verify(token: string): TokenClaims | null {
    const parts = token.split('.')
    if (parts.length !== 2) return null
    const [body, sig] = parts
    const given = canonicalBase64url(sig)
    if (!canonicalBase64url(body) || !given || given.length !== SIGNATURE_BYTES) return null
    if (!crypto.timingSafeEqual(this.mac(body), given)) return null
    return claimsOf(Buffer.from(body, 'base64url').toString('utf8'))
  }

  private sign(claims: TokenClaims): string {
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
    return `${body}.${this.mac(body).toString('base64url')}`
  }

  private mac(body: string): Buffer {
    return crypto.createHmac('sha256', this.key).update(body).digest()
  }
}

const SIGNATURE_BYTES = 32

const nowSeconds = () => Math.floor(Date.now() / 1000)

/** The bytes a base64url text encodes, or null unless it is their one canonical encoding. */
function canonicalBase64url(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null
  const bytes = Buffer.from(text, 'base64url')
  return bytes.toString('base64url') === text ? bytes : null
}

/** The payload when it is `{ sub, kind, sid (scan only), exp: finite future number }`. */
function claimsOf(json: string): TokenClaims | null {
  let payload: unknown
  try {
    payload = JSON.parse(json)
  } catch {
    return null
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return null
  const { sub, kind, sid, exp } = payload as Record<string, unknown>
  if (typeof sub !== 'string' || !sub) return null
  if (typeof exp !== 'number' || !Number.isFinite(exp) || exp <= Date.now() / 1000) return null
  if (kind === 'demo' && sid === undefined) return { sub, kind, exp }
  if (kind === 'scan' && typeof sid === 'string' && sid) return { sub, kind, sid, exp }
  return null
}

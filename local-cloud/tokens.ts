// Signed sign-in tokens for the local gateway: `base64url(payload).base64url(hmac)`. The secret
// lives in the data directory so tokens survive a restart; a token cannot be edited or forged.
import crypto from 'node:crypto'
import { localSecret } from './secrets'

const TOKEN_LIFETIME_S = 30 * 24 * 3600

export class TokenSigner {
  private readonly secret: Buffer

  constructor(dataDir: string) {
    this.secret = Buffer.from(localSecret(dataDir, 'gateway-token-key'), 'hex')
  }

  issue(openid: string): string {
    const payload = Buffer.from(
      JSON.stringify({ sub: openid, exp: Math.floor(Date.now() / 1000) + TOKEN_LIFETIME_S }),
    )
    const body = payload.toString('base64url')
    return `${body}.${this.sign(body)}`
  }

  /** The openid a valid token names, or null for a bad, edited or expired token. */
  verify(token: string): string | null {
    const [body, sig] = token.split('.')
    if (!body || !sig) return null
    const expected = Buffer.from(this.sign(body))
    const given = Buffer.from(sig)
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null
    try {
      const { sub, exp } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
      if (typeof sub !== 'string' || typeof exp !== 'number' || exp < Date.now() / 1000) return null
      return sub
    } catch {
      return null
    }
  }

  private sign(body: string): string {
    return crypto.createHmac('sha256', this.secret).update(body).digest('base64url')
  }
}

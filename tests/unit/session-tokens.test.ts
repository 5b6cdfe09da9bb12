import crypto from 'node:crypto'
import { TokenSigner } from '../../server/services/session-tokens'

const key = crypto.randomBytes(32)
const subjectOf = (signer: TokenSigner, token: string) => signer.verify(token)?.sub ?? null

it('verifies its own tokens, demo and session alike', () => {
  const signer = new TokenSigner(key)
  expect(new TokenSigner(Buffer.from(key)).verify(signer.issue('demo-member'))).toMatchObject({
    sub: 'demo-member',
    kind: 'demo',
  })
  const until = new Date(Date.now() + 3600_000)
  expect(signer.verify(signer.issueSession('admin-openid', 'sid-1', until))).toEqual({
    sub: 'admin-openid',
    kind: 'scan',
    sid: 'sid-1',
    exp: Math.floor(until.getTime() / 1000),
  })
  expect(
    signer.verify(signer.issueSession('admin-openid', 'sid-1', new Date(Date.now() - 1000))),
  ).toBeNull()
})

it('refuses edited, truncated and foreign tokens', () => {
  const signer = new TokenSigner(key)
  const [body, sig] = signer.issue('demo-shopper').split('.')
  const other = new TokenSigner(crypto.randomBytes(32))
  const forgedBody = Buffer.from(
    JSON.stringify({ sub: 'demo-admin', kind: 'demo', exp: 4102444800 }),
  ).toString('base64url')
  for (const bad of [
    `${forgedBody}.${sig}`,
    `${body}.`,
    body,
    '',
    `${body}.${sig}x`,
    other.issue('demo-admin'),
  ]) {
    expect(subjectOf(signer, bad)).toBeNull()
  }
})

it('refuses a valid token with anything appended, prepended or re-encoded', () => {
  const signer = new TokenSigner(key)
  const token = signer.issue('demo-shopper')
  const [body, sig] = token.split('.')
  // Flips the low bits base64url ignores in the last character: same bytes, different text.
  const sameBytes = (text: string) => {
    const last = text.at(-1)!
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    return text.slice(0, -1) + alphabet[alphabet.indexOf(last) ^ 1]
  }
  const variants = {
    'dot x appended': `${token}.x`,
    'third segment': `${token}.${sig}`,
    'empty third segment': `${token}.`,
    'leading dot': `.${token}`,
    'padding on the signature': `${token}=`,
    'base64 instead of base64url': `${body}.${Buffer.from(sig, 'base64url').toString('base64')}`,
    'signature re-encoded with the same bytes': `${body}.${sameBytes(sig)}`,
    'space inside': `${body}. ${sig}`,
    'trailing space': `${token} `,
    'trailing newline': `${token}\n`,
    'signature with a byte more': `${body}.${Buffer.concat([Buffer.from(sig, 'base64url'), Buffer.from([0])]).toString('base64url')}`,
    'signature with a byte less': `${body}.${Buffer.from(sig, 'base64url').subarray(1).toString('base64url')}`,
  }
  const accepted = Object.entries(variants)
    .filter(([, bad]) => signer.verify(bad) !== null)
    .map(([name]) => name)
  expect(accepted).toEqual([])
  expect(subjectOf(signer, token)).toBe('demo-shopper')
})

it('refuses a correctly signed payload that is not { sub, kind, sid for scan, exp in the future }', () => {
  const signer = new TokenSigner(key)
  const signed = (payload: string) => {
    const body = Buffer.from(payload).toString('base64url')
    return `${body}.${crypto.createHmac('sha256', key).update(body).digest('base64url')}`
  }
  const future = Math.floor(Date.now() / 1000) + 3600
  expect(
    subjectOf(signer, signed(JSON.stringify({ sub: 'demo-member', kind: 'demo', exp: future }))),
  ).toBe('demo-member')
  const payloads = {
    'not JSON': 'sub=demo-admin',
    null: 'null',
    array: JSON.stringify(['demo-admin', future]),
    string: JSON.stringify('demo-admin'),
    'numeric sub': JSON.stringify({ sub: 42, kind: 'demo', exp: future }),
    'empty sub': JSON.stringify({ sub: '', kind: 'demo', exp: future }),
    'string exp': JSON.stringify({ sub: 'demo-admin', kind: 'demo', exp: String(future) }),
    'no exp': JSON.stringify({ sub: 'demo-admin', kind: 'demo' }),
    'no kind': JSON.stringify({ sub: 'demo-admin', exp: future }),
    'unknown kind': JSON.stringify({ sub: 'demo-admin', kind: 'root', exp: future }),
    'scan without a session': JSON.stringify({ sub: 'demo-admin', kind: 'scan', exp: future }),
    'demo naming a session': JSON.stringify({ sub: 'a', kind: 'demo', sid: 's', exp: future }),
    expired: JSON.stringify({
      sub: 'demo-admin',
      kind: 'demo',
      exp: Math.floor(Date.now() / 1000) - 1,
    }),
    'huge exp': `{"sub":"demo-admin","kind":"demo","exp":1e999}`,
  }
  const accepted = Object.entries(payloads)
    .filter(([, payload]) => signer.verify(signed(payload)) !== null)
    .map(([name]) => name)
  expect(accepted).toEqual([])
})

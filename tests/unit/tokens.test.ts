import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { localSecret } from '../../local-cloud/secrets'
import { TokenSigner } from '../../local-cloud/tokens'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokens-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

it('verifies its own tokens and keeps its secret across restarts', () => {
  const token = new TokenSigner(dir).issue('demo-member')
  expect(new TokenSigner(dir).verify(token)).toBe('demo-member')
})

it('refuses edited, truncated and foreign tokens', () => {
  const signer = new TokenSigner(dir)
  const [body, sig] = signer.issue('demo-shopper').split('.')
  const other = new TokenSigner(fs.mkdtempSync(path.join(os.tmpdir(), 'tokens-other-')))
  const forgedBody = Buffer.from(JSON.stringify({ sub: 'demo-admin', exp: 4102444800 })).toString(
    'base64url',
  )
  for (const bad of [
    `${forgedBody}.${sig}`,
    `${body}.`,
    body,
    '',
    `${body}.${sig}x`,
    other.issue('demo-admin'),
  ]) {
    expect(signer.verify(bad)).toBeNull()
  }
})

it('refuses a valid token with anything appended, prepended or re-encoded', () => {
  const signer = new TokenSigner(dir)
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
  expect(signer.verify(token)).toBe('demo-shopper')
})

it('refuses a correctly signed payload that is not { sub: string, exp: future number }', () => {
  const signer = new TokenSigner(dir)
  const key = Buffer.from(localSecret(dir, 'gateway-token-key'), 'hex')
  const signed = (payload: string) => {
    const body = Buffer.from(payload).toString('base64url')
    return `${body}.${crypto.createHmac('sha256', key).update(body).digest('base64url')}`
  }
  const future = Math.floor(Date.now() / 1000) + 3600
  expect(signer.verify(signed(JSON.stringify({ sub: 'demo-member', exp: future })))).toBe(
    'demo-member',
  )
  const payloads = {
    'not JSON': 'sub=demo-admin',
    null: 'null',
    array: JSON.stringify(['demo-admin', future]),
    string: JSON.stringify('demo-admin'),
    'numeric sub': JSON.stringify({ sub: 42, exp: future }),
    'empty sub': JSON.stringify({ sub: '', exp: future }),
    'string exp': JSON.stringify({ sub: 'demo-admin', exp: String(future) }),
    'no exp': JSON.stringify({ sub: 'demo-admin' }),
    expired: JSON.stringify({ sub: 'demo-admin', exp: Math.floor(Date.now() / 1000) - 1 }),
    'huge exp': `{"sub":"demo-admin","exp":1e999}`,
  }
  const accepted = Object.entries(payloads)
    .filter(([, payload]) => signer.verify(signed(payload)) !== null)
    .map(([name]) => name)
  expect(accepted).toEqual([])
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
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

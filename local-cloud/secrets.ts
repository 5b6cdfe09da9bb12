// Secrets the local stack generates once and keeps in its data directory, so what they sign
// (sign-in tokens, shop QR codes) stays valid across restarts. Production sets its own.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'

export function localSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, `${name}.secret`)
  fs.mkdirSync(dataDir, { recursive: true })
  if (!fs.existsSync(file))
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  return fs.readFileSync(file, 'utf8').trim()
}

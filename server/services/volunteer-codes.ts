// Codes of 志愿服务 that cannot be forged. The leader's check-in code names the activity and a
// 30-second window, signed, so a photo of an earlier code and another activity's code are refused;
// a certificate serial carries a check, so an edited serial is refused before any lookup.
import crypto from 'node:crypto'
import { ACTIVITY_RULES } from '../../types/activity'
import { SHOP_CODE_ALPHABET } from './shop-code'
import { memberKeys } from './member-crypto'

const CHECK_IN = /^A1\.([A-Za-z0-9_-]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{16})$/
const SERIAL = /^VC(\d{4})([A-Z2-9]{10})([A-Za-z0-9_-]{6})$/

function mac(key: Buffer, text: string, length: number): string {
  return crypto.createHmac('sha256', key).update(text).digest('base64url').slice(0, length)
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/** The 30-second window an instant falls in. */
export function codeWindow(at: Date): number {
  return Math.floor(at.getTime() / 1000 / ACTIVITY_RULES.codePeriodSeconds)
}

/** When a window's code stops being accepted. */
export function windowEnd(window: number): Date {
  return new Date((window + 1) * ACTIVITY_RULES.codePeriodSeconds * 1000)
}

/** The check-in code for an activity at `at`. */
export function checkInCode(activityId: string, at: Date, keys = memberKeys()): string {
  const window = codeWindow(at)
  return `A1.${activityId}.${window}.${mac(keys.checkIn, `checkin:${activityId}:${window}`, 16)}`
}

export type CheckInCodeReading =
  { ok: true; activityId: string } | { ok: false; reason: 'forged' | 'expired' }

/** Whether a scanned code is ours and current; only the current window's code is accepted. */
export function readCheckInCode(code: string, now: Date, keys = memberKeys()): CheckInCodeReading {
  const match = CHECK_IN.exec(code.trim())
  if (!match) return { ok: false, reason: 'forged' }
  const [, activityId, windowText, given] = match
  if (!same(given, mac(keys.checkIn, `checkin:${activityId}:${windowText}`, 16)))
    return { ok: false, reason: 'forged' }
  if (Number(windowText) !== codeWindow(now)) return { ok: false, reason: 'expired' }
  return { ok: true, activityId }
}

/** A new certificate serial for a year: VC2026 + 10 random characters + a 6-character check. */
export function newCertificateSerial(year: string, keys = memberKeys()): string {
  const body = [...crypto.randomBytes(10)]
    .map((b) => SHOP_CODE_ALPHABET[b % SHOP_CODE_ALPHABET.length])
    .join('')
  return `VC${year}${body}${mac(keys.certificate, `cert:${year}${body}`, 6)}`
}

/** Whether a serial carries our check (an edited or invented one does not). */
export function serialChecks(serial: string, keys = memberKeys()): boolean {
  const match = SERIAL.exec(serial.trim())
  if (!match) return false
  const [, year, body, given] = match
  return same(given, mac(keys.certificate, `cert:${year}${body}`, 6))
}

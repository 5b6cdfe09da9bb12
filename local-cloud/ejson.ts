// EJSON exactly as @cloudbase/database speaks it: canonical EJSON strings in, canonical out, with
// CloudBase's own `$tcb_server_date` resolved to the endpoint's clock.
import { BSONRegExp, EJSON } from 'bson'
import { DbError } from './errors'

export type Doc = Record<string, unknown> & { _id?: unknown }

/** Parses an EJSON string the SDK sent; `field` names the request field in the error. */
export function decode(text: unknown, field: string, now = Date.now()): unknown {
  if (text === undefined || text === null || text === '') return undefined
  if (typeof text !== 'string') {
    // Older SDKs send some fields as plain JSON objects; accept those too.
    if (typeof text === 'object') {
      checkWrappers(text, field)
      return normalise(EJSON.deserialize(text as object), now)
    }
    throw new DbError('INVALID_PARAM', `${field} must be an EJSON string`)
  }
  let parsed: unknown
  try {
    checkWrappers(JSON.parse(text), field)
    parsed = EJSON.parse(text, { relaxed: true })
  } catch (err) {
    if (err instanceof DbError) throw err
    throw new DbError('INVALID_PARAM', `${field} is not valid EJSON`)
  }
  return normalise(parsed, now)
}

const INTEGER_TEXT = /^-?\d+$/
const DOUBLE_TEXT = /^(-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|NaN|-?Infinity)$/

/**
 * Rejects malformed number and date wrappers: bson's lenient parser would turn
 * `{"$numberInt":"x"}` into NaN, `{"$numberLong":"x"}` into 0 and a bad `$date` into an Invalid
 * Date, and the request would silently match or store nonsense.
 */
function checkWrappers(value: unknown, field: string): void {
  if (Array.isArray(value)) {
    for (const item of value) checkWrappers(item, field)
    return
  }
  if (!value || typeof value !== 'object') return
  const record = value as Record<string, unknown>
  const bad =
    ('$numberInt' in record && !isTextMatching(record.$numberInt, INTEGER_TEXT)) ||
    ('$numberLong' in record && !isTextMatching(record.$numberLong, INTEGER_TEXT)) ||
    ('$numberDouble' in record && !isTextMatching(record.$numberDouble, DOUBLE_TEXT)) ||
    (typeof record.$date === 'string' && Number.isNaN(Date.parse(record.$date)))
  if (bad) throw new DbError('INVALID_PARAM', `${field} has a malformed EJSON value`)
  for (const item of Object.values(record)) checkWrappers(item, field)
}

function isTextMatching(value: unknown, pattern: RegExp): boolean {
  return typeof value === 'string' && pattern.test(value)
}

/** Native RegExp for BSON regexes; Date for server dates. */
function normalise(value: unknown, now: number): unknown {
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, toJsFlags(value.options))
  if (Array.isArray(value)) return value.map((v) => normalise(v, now))
  if (value && typeof value === 'object' && !(value instanceof Date) && isPlain(value)) {
    const record = value as Record<string, unknown>
    if ('$tcb_server_date' in record) {
      const spec = record.$tcb_server_date as { offset?: number } | undefined
      return new Date(now + Number(spec?.offset ?? 0))
    }
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(record)) out[k] = normalise(v, now)
    return out
  }
  return value
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function toJsFlags(options: string): string {
  return [...options].filter((f) => 'imsu'.includes(f)).join('')
}

/** Canonical EJSON, as the SDK expects in replies. */
export function encode(value: unknown): string {
  return EJSON.stringify(value as object, { relaxed: false })
}

/** Storage form: relaxed EJSON keeps Dates and other BSON types across a restart. */
export function toStored(doc: Doc): string {
  return EJSON.stringify(doc, { relaxed: true })
}

export function fromStored(text: string): Doc {
  return EJSON.parse(text, { relaxed: true }) as Doc
}

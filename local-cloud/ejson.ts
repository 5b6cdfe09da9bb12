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
    if (typeof text === 'object') return normalise(EJSON.deserialize(text as object), now)
    throw new DbError('INVALID_PARAM', `${field} must be an EJSON string`)
  }
  let parsed: unknown
  try {
    parsed = EJSON.parse(text, { relaxed: true })
  } catch {
    throw new DbError('INVALID_PARAM', `${field} is not valid EJSON`)
  }
  return normalise(parsed, now)
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

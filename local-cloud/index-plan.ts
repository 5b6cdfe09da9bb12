// Which declared index serves a query, and with which keys. The store uses the plan to read only
// candidate documents; the advisor uses it to report query shapes that no index serves.
import type { IndexSpec } from '../types/collections'

export type IndexKey = string
export const MAX_INDEX_FIELDS = 4
const MAX_KEY_COMBINATIONS = 200

export type Plan =
  | { kind: 'ids'; ids: unknown[] }
  | {
      kind: 'index'
      index: IndexSpec
      keys: IndexKey[][]
      /** A `^literal` regex on the index field after the pinned ones: a range of its keys. */
      prefix?: string
    }
  | { kind: 'range'; index: IndexSpec }
  | { kind: 'scan' }

/** The encoding of one value in an index entry; equal values encode equally. */
export function encodeKey(value: unknown): IndexKey {
  if (value === undefined || value === null) return 'null'
  if (value instanceof Date) return `{"$date":${value.getTime()}}`
  return JSON.stringify(value)
}

/** Reads a dotted path; arrays along the way yield every element's value (multikey). */
export function valuesAt(doc: unknown, path: string): unknown[] {
  let current: unknown[] = [doc]
  for (const part of path.split('.')) {
    const next: unknown[] = []
    for (const value of current) {
      if (Array.isArray(value) && !/^\d+$/.test(part)) {
        for (const el of value) if (el && typeof el === 'object') next.push((el as never)[part])
      } else if (value && typeof value === 'object') {
        next.push((value as Record<string, unknown>)[part])
      }
    }
    current = next
  }
  const flat = current.flatMap((v) => (Array.isArray(v) ? (v.length ? v : [undefined]) : [v]))
  return flat.length ? flat : [undefined]
}

/** Every key tuple a document contributes to an index (one per array element for multikey). */
export function entryKeys(doc: unknown, index: IndexSpec): IndexKey[][] | null {
  const fields = Object.keys(index.keys)
  const perField = fields.map((f) => [...new Set(valuesAt(doc, f).map(encodeKey))])
  // Unique indexes are sparse: a document without any of the fields is not indexed.
  if (index.unique && perField.every((keys) => keys.length === 1 && keys[0] === 'null')) return null
  return cartesian(perField)
}

function cartesian(lists: IndexKey[][]): IndexKey[][] {
  return lists.reduce<IndexKey[][]>(
    (acc, list) => acc.flatMap((prefix) => list.map((k) => [...prefix, k])),
    [[]],
  )
}

type FieldCondition = { eq?: unknown[]; range: boolean; prefix?: string }

/** Equality and range conditions on plain fields, from the top level and from `$and`. */
function conditionsOf(query: Record<string, unknown>, out = new Map<string, FieldCondition>()) {
  for (const [field, cond] of Object.entries(query)) {
    if (field === '$and' && Array.isArray(cond)) {
      for (const clause of cond) conditionsOf(clause as Record<string, unknown>, out)
      continue
    }
    if (field.startsWith('$')) continue
    const found = out.get(field) ?? { range: false }
    const eq = equalityValues(cond)
    if (eq) found.eq = eq
    else if (isRange(cond)) found.range = true
    else if (literalPrefix(cond) !== null) found.prefix = literalPrefix(cond)!
    out.set(field, found)
  }
  return out
}

function equalityValues(cond: unknown): unknown[] | null {
  if (cond instanceof RegExp) return null
  if (cond === null || typeof cond !== 'object' || cond instanceof Date) return [cond]
  if (Array.isArray(cond)) return null
  const ops = cond as Record<string, unknown>
  if ('$eq' in ops) return [ops.$eq]
  if (Array.isArray(ops.$in) && ops.$in.every((v) => !(v instanceof RegExp))) return ops.$in
  return null
}

/** 'abc' for /^abc/ (case-sensitive, nothing but literal characters after the anchor). */
function literalPrefix(cond: unknown): string | null {
  if (!(cond instanceof RegExp) || cond.flags || !cond.source.startsWith('^')) return null
  const body = cond.source.slice(1)
  // Only literal characters, or punctuation escaped to stand for itself (not \d, \w, …).
  if (!/^(?:[^.*+?^${}()|[\]\\]|\\[.*+?^${}()|[\]\\/-])+$/.test(body)) return null
  return body.replace(/\\(.)/g, '$1')
}

function isRange(cond: unknown): boolean {
  if (!cond || typeof cond !== 'object') return false
  return ['$gt', '$gte', '$lt', '$lte'].some((op) => op in (cond as object))
}

/** Chooses the index whose leading fields the query pins down best. */
export function planQuery(
  query: Record<string, unknown>,
  indexes: readonly IndexSpec[],
  order?: Record<string, 1 | -1>,
): Plan {
  const conditions = conditionsOf(query)
  const idCond = conditions.get('_id')
  if (idCond?.eq) return { kind: 'ids', ids: idCond.eq }

  let best: { index: IndexSpec; fields: string[]; prefix?: string } | null = null
  let rangeIndex: IndexSpec | null = null
  for (const index of indexes) {
    const fields = Object.keys(index.keys)
    const pinned: string[] = []
    for (const f of fields) {
      if (!conditions.get(f)?.eq) break
      pinned.push(f)
    }
    // Among indexes pinning as many fields, one whose next field narrows by prefix is better.
    const prefix = conditions.get(fields[pinned.length])?.prefix
    const score = pinned.length + (prefix ? 0.5 : 0)
    const bestScore = best ? best.fields.length + (best.prefix ? 0.5 : 0) : 0
    if (pinned.length && score > bestScore) best = { index, fields: pinned, prefix }
    if (!pinned.length && conditions.get(fields[0])?.range) rangeIndex = index
  }
  if (best) {
    const lists = best.fields.map((f) => [...new Set(conditions.get(f)!.eq!.map(encodeKey))])
    const count = lists.reduce((n, l) => n * l.length, 1)
    if (count <= MAX_KEY_COMBINATIONS)
      return {
        kind: 'index',
        index: best.index,
        keys: cartesian(lists),
        ...(best.prefix ? { prefix: best.prefix } : {}),
      }
    return { kind: 'range', index: best.index }
  }
  if (rangeIndex) return { kind: 'range', index: rangeIndex }
  // An unfiltered read in the order of an index's leading field is what that index is for.
  const sortField = order && Object.keys(order)[0]
  const sortIndex =
    !conditions.size && sortField && indexes.find((ix) => Object.keys(ix.keys)[0] === sortField)
  if (sortIndex) return { kind: 'range', index: sortIndex }
  return { kind: 'scan' }
}

/** A short, stable description of a query's shape (fields and operators, no values). */
export function queryShape(query: Record<string, unknown>): string {
  const describe = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.length ? [describe(value[0])] : []
    if (
      value &&
      typeof value === 'object' &&
      !(value instanceof Date) &&
      !(value instanceof RegExp)
    ) {
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(value).sort()) out[k] = describe((value as never)[k])
      return out
    }
    return 1
  }
  return JSON.stringify(describe(query))
}

function isPlainValue(value: unknown): boolean {
  return ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date
}

/**
 * True when the query is nothing but equalities (plain values, `$eq`, `$in`) on the fields the
 * plan pins: the index entries alone then say which documents match, without reading them.
 */
export function isCovered(query: Record<string, unknown>, plan: Plan): boolean {
  if (plan.kind !== 'index') return false
  const pinned = Object.keys(plan.index.keys).slice(0, plan.keys[0].length)
  return Object.entries(query).every(([field, cond]) => {
    if (!pinned.includes(field)) return false
    if (isPlainValue(cond)) return true
    if (!cond || typeof cond !== 'object' || Array.isArray(cond) || cond instanceof RegExp)
      return false
    const ops = Object.keys(cond)
    const c = cond as Record<string, unknown>
    if (ops.length !== 1) return false
    if (ops[0] === '$eq') return isPlainValue(c.$eq)
    return ops[0] === '$in' && Array.isArray(c.$in) && c.$in.every(isPlainValue)
  })
}

/** The value an index key encodes, for sorting: a number for dates and numbers, else the value. */
export function decodeKey(key: IndexKey): unknown {
  const value = JSON.parse(key) as unknown
  if (value && typeof value === 'object' && '$date' in value)
    return (value as { $date: number }).$date
  return value
}

/**
 * The range of index keys holding strings that start with `prefix`: keys are JSON-encoded, so such
 * strings encode as `"` + the prefix's encoding + the rest.
 */
export function prefixKeyRange(prefix: string): [string, string] {
  const lower = JSON.stringify(prefix).slice(0, -1)
  return [lower, `${lower}\u{10FFFF}`]
}

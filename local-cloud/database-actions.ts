// The `database.*` actions @cloudbase/node-sdk sends, answered against the store. Each action runs
// synchronously from decoding to commit, so on Node's single thread a conditional update is atomic
// without locks.
import { DbError } from './errors'
import { decode, encode, type Doc } from './ejson'
import { newId, updated, type EnvStore, type StoreRegistry, type Write } from './store'
import type { Transaction, TransactionManager } from './transactions'

export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

export type Params = Record<string, unknown>
type Reply = Record<string, unknown>
type Ctx = { store: EnvStore; env: string; params: Params; tx: Transaction | null; now: number }

const ACTIONS: Record<string, (ctx: Ctx) => Reply> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.aggregateDocuments': aggregateDocuments,
  'database.addCollection': addCollection,
}

export const DATABASE_ACTIONS = [
  ...Object.keys(ACTIONS),
  'database.startTransaction',
  'database.commitTransaction',
  'database.abortTransaction',
]

export function handleDatabaseAction(
  registry: StoreRegistry,
  transactions: TransactionManager,
  env: string,
  params: Params,
): Reply {
  const action = String(params.action)
  const store = registry.forEnv(env)
  if (action === 'database.startTransaction')
    return { transactionId: transactions.start(env, store).id }
  if (action === 'database.commitTransaction' || action === 'database.abortTransaction') {
    const tx = transactions.get(params.transactionId, env)
    transactions.end(tx.id)
    if (action === 'database.commitTransaction') tx.commit()
    return {}
  }
  const handler = ACTIONS[action]
  if (!handler) throw new DbError('INVALID_ACTION', `action ${action} is not supported`)
  const tx = params.transactionId ? transactions.get(params.transactionId, env) : null
  return handler({ store, env, params, tx, now: Date.now() })
}

// ---- parameter readers --------------------------------------------------------------------

function collectionName(params: Params): string {
  const name = params.collectionName
  if (typeof name !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(name)) {
    throw new DbError('INVALID_PARAM', 'collectionName must be a valid collection name')
  }
  return name
}

function queryOf(ctx: Ctx): Record<string, unknown> {
  const q = decode(ctx.params.query, 'query', ctx.now)
  if (q === undefined) return {}
  if (!q || typeof q !== 'object' || Array.isArray(q))
    throw new DbError('INVALID_PARAM', 'query must be an object')
  return q as Record<string, unknown>
}

function objectParam(ctx: Ctx, field: string): Record<string, unknown> {
  const value = decode(ctx.params[field], field, ctx.now)
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new DbError('INVALID_PARAM', `${field} must be an object`)
  }
  return value as Record<string, unknown>
}

function intParam(params: Params, field: string): number | undefined {
  const v = params[field]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new DbError('INVALID_PARAM', `${field} must be a non-negative integer`)
  }
  return v
}

function orderOf(ctx: Ctx): Record<string, 1 | -1> | undefined {
  const raw = decode(ctx.params.order, 'order', ctx.now)
  if (raw === undefined) return undefined
  // Older SDKs send [{ field, direction }]; current ones send { field: 1 | -1 }.
  const pairs: [string, unknown][] = Array.isArray(raw)
    ? raw.map((o) => [String((o as Params).field), (o as Params).direction])
    : Object.entries(raw as Params)
  const order: Record<string, 1 | -1> = {}
  for (const [field, dir] of pairs) order[field] = dir === -1 || dir === 'desc' ? -1 : 1
  return order
}

/** The single `_id` a document-level call addresses. */
function docId(query: Record<string, unknown>): string {
  const id = query._id
  if (typeof id !== 'string' && typeof id !== 'number')
    throw new DbError('INVALID_PARAM', 'doc _id is missing')
  return String(id)
}

function requireDocInTransaction(ctx: Ctx): void {
  if (ctx.tx && ctx.params.queryType !== 'DOC') {
    throw new DbError('INVALID_PARAM', 'transactions support document operations by _id only')
  }
}

// ---- actions ------------------------------------------------------------------------------

function getDocument(ctx: Ctx): Reply {
  const coll = collectionName(ctx.params)
  const query = queryOf(ctx)
  if (ctx.tx) {
    requireDocInTransaction(ctx)
    const doc = ctx.tx.get(coll, docId(query))
    return { data: { list: doc ? [encode(doc)] : [] } }
  }
  const requested = intParam(ctx.params, 'limit')
  const limit = Math.min(requested ?? DEFAULT_LIMIT, MAX_LIMIT)
  const offset = intParam(ctx.params, 'offset') ?? 0
  const projection = ctx.params.projection ? objectParam(ctx, 'projection') : undefined
  const list = ctx.store.find(coll, query, { order: orderOf(ctx), offset, limit, projection })
  return { data: { list: list.map(encode) }, limit, offset }
}

function calculateDocument(ctx: Ctx): Reply {
  return { data: { total: ctx.store.count(collectionName(ctx.params), queryOf(ctx)) } }
}

function insertDocument(ctx: Ctx): Reply {
  const coll = collectionName(ctx.params)
  const raw = ctx.params.data
  const items = Array.isArray(raw) ? raw : [raw]
  if (!items.length) throw new DbError('INVALID_PARAM', 'data must not be empty')
  const docs = items.map((item, i) => {
    const doc = decode(item, `data[${i}]`, ctx.now)
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
      throw new DbError('INVALID_PARAM', `data[${i}] must be an object`)
    }
    const d = doc as Doc
    return { ...d, _id: d._id === undefined ? newId() : String(d._id) } as Doc
  })
  const ids = docs.map((d) => String(d._id))
  if (new Set(ids).size !== ids.length)
    throw new DbError('DATABASE_DUPLICATE_WRITE', 'duplicate _id in batch')
  if (ctx.tx) {
    for (const doc of docs) {
      if (ctx.tx.get(coll, String(doc._id))) throw duplicateId(coll, doc._id)
      ctx.tx.put(coll, String(doc._id), doc)
    }
  } else {
    for (const doc of docs)
      if (ctx.store.getById(coll, String(doc._id))) throw duplicateId(coll, doc._id)
    ctx.store.commit(docs.map((doc) => ({ coll, id: String(doc._id), doc })))
  }
  return { data: { insertedIds: ids } }
}

function duplicateId(coll: string, id: unknown): DbError {
  return new DbError('DATABASE_DUPLICATE_WRITE', `duplicate _id ${String(id)} in ${coll}`)
}

/** What one modification does to one document: the new document, or null if unchanged. */
function modification(ctx: Ctx): { apply: (doc: Doc) => Doc | null; base: (query: Params) => Doc } {
  const data = objectParam(ctx, 'data')
  const merge = ctx.params.merge !== false
  const hasOperators = Object.keys(data).some((k) => k.startsWith('$'))
  if (merge || hasOperators) {
    const modifier = hasOperators ? data : { $set: data }
    for (const op of Object.keys(modifier)) {
      if (!op.startsWith('$'))
        throw new DbError('INVALID_PARAM', 'cannot mix update operators and fields')
    }
    return {
      apply: (doc) => updated(doc, modifier),
      base: (query) => equalityFields(query),
    }
  }
  if ('_id' in data) throw new DbError('INVALID_PARAM', 'cannot update _id')
  return {
    apply: (doc) => {
      const next = { ...data, _id: doc._id } as Doc
      return encode(next) === encode(doc) ? null : next
    },
    base: () => ({}),
  }
}

/** The plain equality fields of a query: what an upsert's new document starts from. */
function equalityFields(query: Params): Doc {
  const out: Doc = {}
  for (const [k, v] of Object.entries(query)) {
    if (
      !k.startsWith('$') &&
      !k.includes('.') &&
      (v === null || typeof v !== 'object' || v instanceof Date)
    )
      out[k] = v
  }
  return out
}

function modifyDocument(ctx: Ctx): Reply {
  const coll = collectionName(ctx.params)
  const query = queryOf(ctx)
  const { apply, base } = modification(ctx)
  const upsert = ctx.params.upsert === true
  const multi = ctx.params.multi === true && ctx.params.queryType !== 'DOC'

  if (ctx.tx) {
    requireDocInTransaction(ctx)
    const id = docId(query)
    const current = ctx.tx.get(coll, id)
    if (!current) {
      if (!upsert) return { data: { updated: 0 } }
      const created = apply({ ...base(query), _id: id }) ?? { _id: id }
      ctx.tx.put(coll, id, created)
      return { data: { updated: 0, upsert_id: id } }
    }
    const next = apply(current)
    if (next) ctx.tx.put(coll, id, next)
    return { data: { updated: next ? 1 : 0 } }
  }

  const matched = ctx.store.matchStored(coll, query)
  const targets = multi ? matched : matched.slice(0, 1)
  if (!targets.length) {
    if (!upsert) return { data: { updated: 0 } }
    const id =
      query._id !== undefined && typeof query._id !== 'object' ? String(query._id) : newId()
    const created = apply({ ...base(query), _id: id }) ?? { _id: id }
    ctx.store.commit([{ coll, id, doc: { ...created, _id: id } }])
    return { data: { updated: 0, upsert_id: id } }
  }
  const writes: Write[] = []
  for (const { doc } of targets) {
    const next = apply(doc)
    if (next) writes.push({ coll, id: String(doc._id), doc: next })
  }
  ctx.store.commit(writes)
  return { data: { updated: writes.length } }
}

function removeDocument(ctx: Ctx): Reply {
  const coll = collectionName(ctx.params)
  const query = queryOf(ctx)
  if (ctx.tx) {
    requireDocInTransaction(ctx)
    const id = docId(query)
    if (!ctx.tx.get(coll, id)) return { data: { deleted: 0 } }
    ctx.tx.put(coll, id, null)
    return { data: { deleted: 1 } }
  }
  const multi = ctx.params.multi === true && ctx.params.queryType !== 'DOC'
  const matched = ctx.store.matchStored(coll, query)
  const targets = multi ? matched : matched.slice(0, 1)
  ctx.store.commit(targets.map(({ doc }) => ({ coll, id: String(doc._id), doc: null })))
  return { data: { deleted: targets.length } }
}

function modifyAndReturnDoc(ctx: Ctx): Reply {
  const coll = collectionName(ctx.params)
  const query = queryOf(ctx)
  const { apply } = modification({ ...ctx, params: { ...ctx.params, merge: true } })
  if (ctx.tx) throw new DbError('INVALID_PARAM', 'updateAndReturn is not supported in transactions')
  const [target] = ctx.store.matchStored(coll, query)
  if (!target) return { data: { updated: 0, doc: null } }
  const next = apply(target.doc)
  if (next) ctx.store.commit([{ coll, id: String(target.doc._id), doc: next }])
  return { data: { updated: next ? 1 : 0, doc: encode(next ?? target.doc) } }
}

function aggregateDocuments(ctx: Ctx): Reply {
  const coll = collectionName(ctx.params)
  const stages = ctx.params.stages
  if (!Array.isArray(stages)) throw new DbError('INVALID_PARAM', 'stages must be an array')
  const pipeline = stages.map((s, i) => {
    const { stageKey, stageValue } = (s ?? {}) as Params
    if (typeof stageKey !== 'string' || !stageKey.startsWith('$')) {
      throw new DbError('INVALID_PARAM', `stages[${i}].stageKey must be a stage name`)
    }
    return { [stageKey]: decode(stageValue, `stages[${i}].stageValue`, ctx.now) }
  })
  let list: Doc[]
  try {
    list = ctx.store.aggregate(coll, pipeline)
  } catch (err) {
    if (err instanceof DbError) throw err
    throw new DbError('DATABASE_REQUEST_FAILED', `aggregate failed: ${(err as Error).message}`)
  }
  return { data: { list: list.map(encode) } }
}

function addCollection(ctx: Ctx): Reply {
  const coll = collectionName(ctx.params)
  if (!ctx.store.addCollection(coll)) {
    throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${coll} already exists`)
  }
  return {}
}

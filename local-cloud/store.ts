// The durable document store behind the local endpoint: one SQLite file per CloudBase env, in WAL
// mode with synchronous=FULL, so every acknowledged write survives a crash of the process. Query,
// update and aggregate semantics come from mingo; SQLite gives durability, atomicity and the index
// entries that keep indexed lookups fast on large collections.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import Database from 'better-sqlite3'
import { Query, aggregate } from 'mingo'
import { update as applyUpdate } from 'mingo/updater'
import type { CollectionSpec, IndexSpec } from '../types/collections'
import { DbError } from './errors'
import { fromStored, toStored, type Doc } from './ejson'
import {
  MAX_INDEX_FIELDS,
  decodeKey,
  entryKeys,
  isCovered,
  planQuery,
  prefixKeyRange,
  queryShape,
  type Plan,
} from './index-plan'

export type FindOptions = {
  order?: Record<string, 1 | -1>
  offset?: number
  limit?: number
  projection?: Record<string, unknown>
}

export type StoredDoc = { doc: Doc; ver: number }

/** A document row as an index lookup reads it. */
type Row = { id: string; doc: string; ver: number }

/** A write prepared against a known version, applied atomically by `commit`. */
export type Write = { coll: string; id: string; doc: Doc | null; expectVer?: number | null }

export type UnindexedQuery = { collection: string; shape: string; count: number }

/**
 * An index as stored. `multikey` is set once a document gives it more than one entry (an array
 * field), as MongoDB does: until then a count is the number of entries.
 */
type IndexInfo = IndexSpec & { id: string; multikey?: boolean }

export class EnvStore {
  private readonly db: Database.Database
  private readonly indexes = new Map<string, IndexInfo[]>()
  private readonly unindexed = new Map<string, UnindexedQuery>()
  private readonly stmt: ReturnType<EnvStore['prepare']>
  // Index lookups build their SQL from the plan's shape; a handful of shapes recur on every call.
  private readonly statements = new Map<string, Database.Statement>()

  constructor(
    file: string,
    private readonly options: { strictIndexes?: boolean } = {},
  ) {
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = FULL')
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, indexes TEXT NOT NULL DEFAULT '[]');
      CREATE TABLE IF NOT EXISTS docs (coll TEXT NOT NULL, id TEXT NOT NULL, ver INTEGER NOT NULL,
        doc TEXT NOT NULL, PRIMARY KEY (coll, id)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS entries (coll TEXT NOT NULL, ix TEXT NOT NULL, k0 TEXT NOT NULL,
        k1 TEXT NOT NULL, k2 TEXT NOT NULL, k3 TEXT NOT NULL, id TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS entries_lookup ON entries (coll, ix, k0, k1, k2, k3);
      CREATE INDEX IF NOT EXISTS entries_doc ON entries (coll, id);
    `)
    this.stmt = this.prepare()
    for (const row of this.db.prepare('SELECT name, indexes FROM collections').all() as {
      name: string
      indexes: string
    }[]) {
      const indexes: IndexInfo[] = JSON.parse(row.indexes)
      this.indexes.set(row.name, indexes)
      // Stores written before indexes carried the flag: learn it once from the entries.
      if (indexes.some((ix) => ix.multikey === undefined)) {
        for (const ix of indexes) ix.multikey ??= this.holdsSeveralEntries(row.name, ix)
        this.saveIndexes(row.name)
      }
    }
  }

  private holdsSeveralEntries(coll: string, ix: IndexInfo): boolean {
    const row = this.db
      .prepare(
        'SELECT count(*) AS n, count(DISTINCT id) AS d FROM entries WHERE coll = ? AND ix = ?',
      )
      .get(coll, ix.id) as { n: number; d: number }
    return row.n !== row.d
  }

  private saveIndexes(coll: string): void {
    this.db
      .prepare('UPDATE collections SET indexes = ? WHERE name = ?')
      .run(JSON.stringify(this.indexes.get(coll)), coll)
  }

  private prepare() {
    return {
      getDoc: this.db.prepare('SELECT doc, ver FROM docs WHERE coll = ? AND id = ?'),
      allDocs: this.db.prepare('SELECT doc, ver FROM docs WHERE coll = ?'),
      putDoc: this.db.prepare(
        'INSERT INTO docs (coll, id, ver, doc) VALUES (?, ?, 1, ?) ON CONFLICT (coll, id) DO UPDATE SET ver = ver + 1, doc = excluded.doc',
      ),
      deleteDoc: this.db.prepare('DELETE FROM docs WHERE coll = ? AND id = ?'),
      deleteEntries: this.db.prepare('DELETE FROM entries WHERE coll = ? AND id = ?'),
      insertEntry: this.db.prepare(
        'INSERT INTO entries (coll, ix, k0, k1, k2, k3, id) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      count: this.db.prepare('SELECT count(*) AS n FROM docs WHERE coll = ?'),
    }
  }

  close(): void {
    this.db.close()
  }

  // ---- collections and indexes -------------------------------------------------------------

  hasCollection(name: string): boolean {
    return this.indexes.has(name)
  }

  collectionNames(): string[] {
    return [...this.indexes.keys()]
  }

  /** Creates the collection; returns false if it already existed. */
  addCollection(name: string): boolean {
    if (this.indexes.has(name)) return false
    this.db.prepare('INSERT INTO collections (name) VALUES (?)').run(name)
    this.indexes.set(name, [])
    return true
  }

  /** Makes a collection's indexes match the declaration, rebuilding entries where they changed. */
  ensureCollection(name: string, spec: CollectionSpec): void {
    const wanted: IndexInfo[] = spec.indexes.map((ix) => ({
      ...ix,
      id: indexId(ix),
      multikey: false,
    }))
    for (const ix of wanted) {
      if (Object.keys(ix.keys).length > MAX_INDEX_FIELDS) {
        throw new Error(`index ${name}.${ix.name} has more than ${MAX_INDEX_FIELDS} fields`)
      }
    }
    const current = this.indexes.get(name)
    if (current && sameIds(current, wanted)) return
    this.db.transaction(() => {
      this.addCollection(name)
      for (const old of current ?? []) {
        this.db.exec(`DROP INDEX IF EXISTS "uq_${old.id}"`)
      }
      this.db.prepare('DELETE FROM entries WHERE coll = ?').run(name)
      for (const ix of wanted) {
        if (ix.unique) {
          this.db.exec(
            `CREATE UNIQUE INDEX "uq_${ix.id}" ON entries (k0, k1, k2, k3) WHERE coll = '${sqlText(name)}' AND ix = '${ix.id}'`,
          )
        }
      }
      this.db
        .prepare('UPDATE collections SET indexes = ? WHERE name = ?')
        .run(JSON.stringify(wanted), name)
      this.indexes.set(name, wanted)
      for (const { doc } of this.scan(name)) this.writeEntries(name, String(doc._id), doc)
    })()
  }

  // ---- reads --------------------------------------------------------------------------------

  getById(coll: string, id: string): StoredDoc | null {
    this.requireCollection(coll)
    const row = this.stmt.getDoc.get(coll, id) as { doc: string; ver: number } | undefined
    return row ? { doc: fromStored(row.doc), ver: row.ver } : null
  }

  /** Documents matching a mingo query, in order, paged and projected. */
  find(coll: string, query: Record<string, unknown>, options: FindOptions = {}): Doc[] {
    const page = this.findInIndexOrder(coll, query, options)
    if (page) return page
    // mingo's find does the filtering; the index plan only narrows what it has to look at, unless
    // its entries alone decide the match (equalities on the pinned fields).
    const plan = this.plan(coll, query, options.order)
    const candidates = this.candidates(coll, plan).map((s) => s.doc)
    const filter = isCovered(query, plan) ? {} : query
    let cursor = new Query(filter).find(candidates, options.projection as never)
    if (options.order && Object.keys(options.order).length) cursor = cursor.sort(options.order)
    if (options.offset) cursor = cursor.skip(options.offset)
    if (options.limit !== undefined) cursor = cursor.limit(options.limit)
    return cursor.all() as Doc[]
  }

  count(coll: string, query: Record<string, unknown>): number {
    if (!Object.keys(query).length) {
      this.requireCollection(coll)
      return (this.stmt.count.get(coll) as { n: number }).n
    }
    const counted = this.countEntries(coll, query)
    if (counted !== null) return counted
    const covered = this.coveredEntries(coll, query)
    if (covered) return new Set(covered.rows.map((r) => r.id)).size
    return this.match(coll, query).length
  }

  /**
   * A covered query's count, taken by SQLite from the index entries, when the index is not
   * multikey (one entry per document); null otherwise.
   */
  private countEntries(coll: string, query: Record<string, unknown>): number | null {
    this.requireCollection(coll)
    const plan = planQuery(query, this.indexes.get(coll) ?? [])
    if (plan.kind !== 'index' || !isCovered(query, plan)) return null
    const index = plan.index as IndexInfo
    if (index.multikey) return null
    const pinned = Array.from({ length: plan.keys[0].length }, (_, i) => ` AND k${i} = ?`).join('')
    const stmt = this.statement(
      `SELECT count(*) AS n FROM entries WHERE coll = ? AND ix = ?${pinned}`,
    )
    return plan.keys.reduce(
      (n, keys) => n + (stmt.get(coll, index.id, ...keys) as { n: number }).n,
      0,
    )
  }

  /**
   * The entries (document id, next index key) of a query the index covers, read without loading
   * documents; null when the query needs documents to decide (see isCovered).
   */
  private coveredEntries(
    coll: string,
    query: Record<string, unknown>,
    order?: FindOptions['order'],
    onlyIndex?: IndexInfo,
  ): {
    plan: Extract<Plan, { kind: 'index' }>
    rows: { id: string; next: string | null }[]
  } | null {
    this.requireCollection(coll)
    const plan = planQuery(query, onlyIndex ? [onlyIndex] : (this.indexes.get(coll) ?? []), order)
    if (plan.kind !== 'index' || !isCovered(query, plan)) return null
    const n = plan.keys[0].length
    const next = n < MAX_INDEX_FIELDS ? `k${n}` : 'NULL'
    const pinned = Array.from({ length: n }, (_, i) => ` AND k${i} = ?`).join('')
    const stmt = this.statement(
      `SELECT id, ${next} AS next FROM entries WHERE coll = ? AND ix = ?${pinned}`,
    )
    const ix = (plan.index as IndexInfo).id
    const rows = plan.keys.flatMap(
      (keys) => stmt.all(coll, ix, ...keys) as { id: string; next: string | null }[],
    )
    return { plan, rows }
  }

  /**
   * `[$match, $group: { _id: '$f', x: { $sum: 1 } }, $limit?]` where an index has the match's fields
   * first and f next: the groups are counted from the index entries without reading documents.
   * Null when the pipeline has another shape (or f holds arrays, which $group would not unwind).
   */
  private groupCountFromIndex(coll: string, pipeline: Record<string, unknown>[]): Doc[] | null {
    const [m, g, l, ...rest] = pipeline
    if (rest.length || !m || !('$match' in m) || !g || !('$group' in g)) return null
    if (l && !('$limit' in l && Object.keys(l).length === 1)) return null
    const match = m.$match as Record<string, unknown>
    const group = g.$group as Record<string, unknown>
    if (typeof group._id !== 'string' || !group._id.startsWith('$')) return null
    const sums = Object.keys(group).filter((k) => k !== '_id')
    if (!sums.every((k) => JSON.stringify(group[k]) === '{"$sum":1}')) return null
    const field = group._id.slice(1)
    const fields = Object.keys(match)
    const index = (this.indexes.get(coll) ?? []).find((ix) => {
      const keys = Object.keys(ix.keys)
      return (
        fields.every((f) => keys.slice(0, fields.length).includes(f)) &&
        keys[fields.length] === field
      )
    })
    if (!index) return null
    const covered = this.coveredEntries(coll, match, undefined, index)
    if (!covered || covered.plan.keys[0].length !== fields.length) return null
    const ids = new Set<string>()
    const counts = new Map<string, number>()
    for (const row of covered.rows) {
      if (ids.has(row.id)) return null
      ids.add(row.id)
      counts.set(row.next ?? 'null', (counts.get(row.next ?? 'null') ?? 0) + 1)
    }
    const limit = l ? Number(l.$limit) : undefined
    return [...counts].slice(0, limit).map(([key, n]) => ({
      _id: fromStored(key) as never,
      ...Object.fromEntries(sums.map((k) => [k, n])),
    }))
  }

  /**
   * A page of a covered query sorted on the index field after the pinned ones (the queue's
   * "newest first"): sorted on the index keys, so only the page's documents are read. Null when
   * the shape does not allow it (multikey or missing sort values, several sort fields).
   */
  private findInIndexOrder(
    coll: string,
    query: Record<string, unknown>,
    options: FindOptions,
  ): Doc[] | null {
    const fields = Object.keys(options.order ?? {})
    if (fields.length !== 1) return null
    const covered = this.coveredEntries(coll, query, options.order)
    if (!covered) return null
    const { plan, rows } = covered
    if (Object.keys(plan.index.keys)[plan.keys[0].length] !== fields[0]) return null
    if (new Set(rows.map((r) => r.id)).size !== rows.length) return null
    const keyed = rows.map((r) => ({ id: r.id, key: r.next === null ? null : decodeKey(r.next) }))
    const type = typeof keyed[0]?.key
    if (keyed.some((k) => k.key === null || typeof k.key !== type)) return null
    const direction = options.order![fields[0]]
    keyed.sort((a, b) => {
      const x = a.key as number | string
      const y = b.key as number | string
      return x === y ? 0 : (x < y ? -1 : 1) * direction
    })
    const offset = options.offset ?? 0
    const page = keyed.slice(
      offset,
      options.limit === undefined ? undefined : offset + options.limit,
    )
    const docs = page.flatMap((k) => {
      const found = this.getById(coll, k.id)
      return found ? [found.doc] : []
    })
    return options.projection
      ? (new Query({}).find(docs, options.projection as never).all() as Doc[])
      : docs
  }

  /** Matching documents with their versions, unordered. */
  matchStored(
    coll: string,
    query: Record<string, unknown>,
    order?: FindOptions['order'],
  ): StoredDoc[] {
    const q = new Query(query)
    return this.candidates(coll, this.plan(coll, query, order)).filter((s) => q.test(s.doc))
  }

  private match(coll: string, query: Record<string, unknown>): Doc[] {
    return this.matchStored(coll, query).map((s) => s.doc)
  }

  aggregate(coll: string, pipeline: Record<string, unknown>[]): Doc[] {
    const counted = this.groupCountFromIndex(coll, pipeline)
    if (counted) return counted
    const first = pipeline[0]
    const match = first && '$match' in first ? (first.$match as Record<string, unknown>) : {}
    // The pipeline's own $match filters; the index plan only narrows what it has to look at.
    const source = this.candidates(coll, this.plan(coll, match)).map((s) => s.doc)
    return aggregate(source, pipeline, {
      collectionResolver: (name: string) =>
        this.hasCollection(name) ? this.scan(name).map((s) => s.doc) : [],
    }) as Doc[]
  }

  private plan(coll: string, query: Record<string, unknown>, order?: FindOptions['order']): Plan {
    this.requireCollection(coll)
    const plan = planQuery(query, this.indexes.get(coll) ?? [], order)
    this.adviseOn(coll, query, plan)
    return plan
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql)
    if (!stmt) {
      stmt = this.db.prepare(sql)
      this.statements.set(sql, stmt)
    }
    return stmt
  }

  /** The documents the plan points at: a superset of the matches unless the plan covers them. */
  private candidates(coll: string, plan: Plan): StoredDoc[] {
    if (plan.kind === 'ids') {
      return plan.ids.flatMap((id) => {
        const found = typeof id === 'string' ? this.getById(coll, id) : null
        return found ? [found] : []
      })
    }
    if (plan.kind === 'index') {
      const ix = plan.index as IndexInfo
      const n = plan.keys[0].length
      const range = plan.prefix !== undefined && n < MAX_INDEX_FIELDS
      const where = [
        'coll = ?',
        'ix = ?',
        ...Array.from({ length: n }, (_, i) => `k${i} = ?`),
        ...(range ? [`k${n} >= ?`, `k${n} < ?`] : []),
      ].join(' AND ')
      const bounds = range ? prefixKeyRange(plan.prefix!) : []
      // No DISTINCT: it would compare whole documents; a multikey index's repeats go by id here.
      const sql = `SELECT e.id, d.doc, d.ver FROM entries e JOIN docs d ON d.coll = e.coll AND d.id = e.id WHERE ${where
        .split(' AND ')
        .map((c) => `e.${c}`)
        .join(' AND ')}`
      const stmt = this.statement(sql)
      const seen = new Set<string>()
      const out: StoredDoc[] = []
      for (const keys of plan.keys) {
        const rows = stmt.all(coll, ix.id, ...keys, ...bounds) as Row[]
        for (const row of rows) {
          if (seen.has(row.id)) continue
          seen.add(row.id)
          out.push({ doc: fromStored(row.doc), ver: row.ver })
        }
      }
      return out
    }
    return this.scan(coll)
  }

  /** Every document of a collection, outside the index advisor: for tests that inspect storage. */
  dump(coll: string): Doc[] {
    return this.scan(coll).map((s) => s.doc)
  }

  private scan(coll: string): StoredDoc[] {
    return (this.stmt.allDocs.all(coll) as { doc: string; ver: number }[]).map((row) => ({
      doc: fromStored(row.doc),
      ver: row.ver,
    }))
  }

  private adviseOn(coll: string, query: Record<string, unknown>, plan: Plan): void {
    if (plan.kind !== 'scan') return
    const shape = queryShape(query)
    const key = `${coll} ${shape}`
    const seen = this.unindexed.get(key)
    if (seen) seen.count += 1
    else this.unindexed.set(key, { collection: coll, shape, count: 1 })
    if (this.options.strictIndexes && Object.keys(query).length) {
      throw new DbError('DATABASE_QUERY_NOT_INDEXED', `no declared index serves ${coll} ${shape}`)
    }
  }

  /** Query shapes that no declared index served since start (or since the last reset). */
  unindexedQueries(reset = false): UnindexedQuery[] {
    const list = [...this.unindexed.values()]
    if (reset) this.unindexed.clear()
    return list
  }

  // ---- writes -------------------------------------------------------------------------------

  /**
   * Applies writes in one SQLite transaction. A write's `expectVer`, or a read-only `check`, that no
   * longer matches the stored version aborts all of them with a transaction conflict.
   */
  commit(writes: Write[], checks: { coll: string; id: string; ver: number | null }[] = []): void {
    this.db.transaction(() => {
      for (const c of checks) {
        const row = this.stmt.getDoc.get(c.coll, c.id) as { ver: number } | undefined
        if ((row?.ver ?? null) !== c.ver) {
          throw new DbError('DATABASE_TRANSACTION_CONFLICT', 'database transaction conflict')
        }
      }
      for (const w of writes) {
        this.requireCollection(w.coll)
        if (w.expectVer !== undefined) {
          const row = this.stmt.getDoc.get(w.coll, w.id) as { ver: number } | undefined
          if ((row?.ver ?? null) !== w.expectVer) {
            throw new DbError('DATABASE_TRANSACTION_CONFLICT', 'database transaction conflict')
          }
        }
        this.stmt.deleteEntries.run(w.coll, w.id)
        if (w.doc === null) {
          this.stmt.deleteDoc.run(w.coll, w.id)
        } else {
          this.stmt.putDoc.run(w.coll, w.id, toStored(w.doc))
          this.writeEntries(w.coll, w.id, w.doc)
        }
      }
    })()
  }

  private writeEntries(coll: string, id: string, doc: Doc): void {
    for (const ix of this.indexes.get(coll) ?? []) {
      const tuples = entryKeys(doc, ix) ?? []
      if (tuples.length > 1 && !ix.multikey) this.markMultikey(coll, ix)
      for (const keys of tuples) {
        const k = [...keys, '', '', '', ''].slice(0, MAX_INDEX_FIELDS)
        try {
          this.stmt.insertEntry.run(coll, ix.id, k[0], k[1], k[2], k[3], id)
        } catch (err) {
          if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
            throw new DbError(
              'DATABASE_DUPLICATE_WRITE',
              `duplicate key in unique index ${coll}.${ix.name}: ${keys.join(', ')}`,
            )
          }
          throw err
        }
      }
    }
  }

  /** Records, once, that an index holds several entries for some document. */
  private markMultikey(coll: string, ix: IndexInfo): void {
    ix.multikey = true
    this.saveIndexes(coll)
  }

  private requireCollection(coll: string): void {
    if (!this.indexes.has(coll)) {
      throw new DbError('DATABASE_COLLECTION_NOT_EXIST', `collection ${coll} does not exist`)
    }
  }
}

/** Applies a MongoDB update modifier to a copy of the document; returns null when nothing changed. */
export function updated(doc: Doc, modifier: Record<string, unknown>): Doc | null {
  const copy = structuredClone(doc)
  const changed = applyUpdate(copy, modifier as never, undefined, undefined, { cloneMode: 'deep' })
  return changed.length ? copy : null
}

export function newId(): string {
  return crypto.randomBytes(16).toString('hex')
}

function indexId(ix: IndexSpec): string {
  const body = JSON.stringify([ix.name, ix.keys, !!ix.unique])
  return `${ix.name}_${crypto.createHash('sha1').update(body).digest('hex').slice(0, 8)}`
}

function sameIds(a: IndexInfo[], b: IndexInfo[]): boolean {
  return a.length === b.length && a.every((ix, i) => ix.id === b[i].id)
}

function sqlText(s: string): string {
  return s.replace(/'/g, "''")
}

/** Opens (and creates) the data directory's store for each env on first use. */
export class StoreRegistry {
  private readonly stores = new Map<string, EnvStore>()

  constructor(
    private readonly dataDir: string,
    private readonly declared: Record<string, CollectionSpec>,
    private readonly options: { strictIndexes?: boolean } = {},
  ) {
    fs.mkdirSync(dataDir, { recursive: true })
  }

  forEnv(env: string): EnvStore {
    const name = env || 'default'
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(name))
      throw new DbError('INVALID_PARAM', `invalid env ${name}`)
    let store = this.stores.get(name)
    if (!store) {
      store = new EnvStore(path.join(this.dataDir, `${name}.sqlite3`), this.options)
      for (const [coll, spec] of Object.entries(this.declared)) store.ensureCollection(coll, spec)
      this.stores.set(name, store)
    }
    return store
  }

  envs(): string[] {
    return [...this.stores.keys()]
  }

  close(): void {
    for (const store of this.stores.values()) store.close()
    this.stores.clear()
  }
}

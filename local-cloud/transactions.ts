// Serialisable transactions by optimistic validation: a transaction records the version of every
// document it reads or writes, buffers its writes, and at commit applies them in one SQLite
// transaction only if none of those versions has moved; otherwise the SDK gets
// DATABASE_TRANSACTION_CONFLICT and `runTransaction` retries.
import crypto from 'node:crypto'
import { DbError } from './errors'
import type { Doc } from './ejson'
import type { EnvStore, Write } from './store'

const IDLE_LIMIT_MS = 60_000

type Entry = { coll: string; id: string }

export class Transaction {
  readonly id = crypto.randomBytes(12).toString('hex')
  lastUsed = Date.now()
  private readonly reads = new Map<string, Entry & { ver: number | null }>()
  private readonly writes = new Map<string, Entry & { doc: Doc | null }>()

  constructor(
    readonly env: string,
    private readonly store: EnvStore,
  ) {}

  get(coll: string, id: string): Doc | null {
    const key = `${coll}\u0000${id}`
    const written = this.writes.get(key)
    if (written) return written.doc && structuredClone(written.doc)
    const stored = this.store.getById(coll, id)
    if (!this.reads.has(key)) this.reads.set(key, { coll, id, ver: stored?.ver ?? null })
    return stored?.doc ?? null
  }

  put(coll: string, id: string, doc: Doc | null): void {
    this.get(coll, id) // records the version the write is based on
    this.writes.set(`${coll}\u0000${id}`, { coll, id, doc })
  }

  commit(): void {
    const writes: Write[] = []
    const checks: { coll: string; id: string; ver: number | null }[] = []
    for (const [key, read] of this.reads) {
      const w = this.writes.get(key)
      if (w) writes.push({ coll: w.coll, id: w.id, doc: w.doc, expectVer: read.ver })
      else checks.push(read)
    }
    this.store.commit(writes, checks)
  }
}

export class TransactionManager {
  private readonly open = new Map<string, Transaction>()

  start(env: string, store: EnvStore): Transaction {
    this.expire()
    const tx = new Transaction(env, store)
    this.open.set(tx.id, tx)
    return tx
  }

  get(id: unknown, env: string): Transaction {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined
    if (!tx || tx.env !== env) {
      throw new DbError('DATABASE_TRANSACTION_FAIL', 'transaction does not exist or has ended')
    }
    tx.lastUsed = Date.now()
    return tx
  }

  end(id: string): void {
    this.open.delete(id)
  }

  private expire(): void {
    const cutoff = Date.now() - IDLE_LIMIT_MS
    for (const [id, tx] of this.open) if (tx.lastUsed < cutoff) this.open.delete(id)
  }
}

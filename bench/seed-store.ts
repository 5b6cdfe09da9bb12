// Seeding a bench's data straight into the local store (not through the functions): the
// documents every section writes alike, and the batching that keeps each transaction bounded.
import { performance } from 'node:perf_hooks'
import type { Stack } from '../local-cloud/stack'
import type { Write } from '../local-cloud/store'
import { SHOP_CATEGORIES, ShopFields } from '../types/shop'

/** A signed-in person's user document, written straight into the store by a bench's seed. */
export function benchUser(
  id: string,
  openid: string,
  nickname: string,
  roles: string[],
  now: Date,
): Write {
  return {
    coll: 'users',
    id,
    doc: {
      _id: id,
      openid,
      nickname,
      roles,
      shopIds: [],
      orgIds: [],
      createdAt: now,
      updatedAt: now,
    },
  }
}

/** The local environment's store, which a bench's seed writes into directly. */
export type BenchStore = ReturnType<Stack['endpoint']['registry']['forEnv']>

/** Runs a seed on the stack's local store: the store, what the seed returned and how long it took. */
export function seedStore<T>(stack: Stack, seed: (store: BenchStore) => T) {
  const store = stack.endpoint.registry.forEnv('local')
  const started = performance.now()
  const seeded = seed(store)
  return { store, seeded, seedSeconds: (performance.now() - started) / 1000 }
}

/**
 * A seed's writes, committed `batch` at a time so no transaction holds a whole district:
 * `push` each write, then `flush` what is left.
 */
export function batchedWrites(store: BenchStore, batch = 20_000) {
  let writes: Write[] = []
  const flush = () => {
    store.commit(writes)
    writes = []
  }
  const push = (w: Write) => {
    writes.push(w)
    if (writes.length >= batch) flush()
  }
  return { push, flush }
}

/** The i-th bench shop's fields, named `name`i with an 18-character licence number after `licence`. */
export function benchShopFields(i: number, name: string, licence: string, extra: object = {}) {
  return ShopFields.parse({
    name: `${name}${i}`,
    category: SHOP_CATEGORIES[i % SHOP_CATEGORIES.length],
    address: `红星路 ${i} 号`,
    ...extra,
    licenceNo: `${licence}${String(i).padStart(18 - licence.length, '0')}`,
    contactName: '压测',
    contactPhone: '13800000000',
  })
}

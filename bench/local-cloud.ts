// Figures for the local CloudBase-compatible endpoint, driven through the real @cloudbase/node-sdk
// over HTTP on 127.0.0.1 (client and endpoint share this process, as in the integration tests).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { CloudEndpoint, listen } from '../local-cloud/endpoint'
import { localSecret } from '../local-cloud/secrets'
import type { Write } from '../local-cloud/store'
import { percentile, runConcurrently, type BenchSection } from './report'

const CONDITIONAL_CALLS = 2000
const CONDITIONAL_CONCURRENCY = 50
const CONDITIONAL_CAP = 1000
const CONDITIONAL_WARM_UP = 500
const USERS = 100_000
const INDEXED_LOOKUPS = 200
const SCAN_LOOKUPS = 5
const OVERHEAD_CALLS = 1000

type Row = BenchSection['rows'][number]

export async function benchLocalCloud(): Promise<BenchSection> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-local-cloud-'))
  const apiKey = localSecret(dataDir, 'endpoint-api-key')
  const endpoint = new CloudEndpoint({ dataDir, apiKey })
  const { server, url } = await listen(endpoint, 0)
  // The SDK reads these when its app is created and per request; set before its first call.
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: url })
  process.env.CLOUDBASE_APIKEY = apiKey
  process.env.TENCENTCLOUD = 'true'
  process.env.SILENCE = 'true'
  const env = `bench-${process.pid}`
  const db = require('@cloudbase/node-sdk').init({ env }).database()
  try {
    const rows: Row[] = []
    rows.push(...(await conditionalUpdates(db)))
    seedUsers(endpoint, env)
    rows.push(...(await indexedVsScan(db)))
    rows.push(...(await endpointOverhead(db, endpoint, env)))
    return {
      title: `Local cloud endpoint (Node ${process.version}, ${os.cpus().length} cores)`,
      rows,
    }
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    endpoint.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

/** (a) where({ _id, taken: _.lt(cap) }).update({ taken: _.inc(1) }) from 50 callers at once. */
async function conditionalUpdates(db: any): Promise<Row[]> {
  await db.createCollection('bench_slots')
  const slots = db.collection('bench_slots')
  await slots.add([
    { _id: 'warm-up', taken: 0 },
    { _id: 'slot', taken: 0 },
  ])
  // The SDK's first calls are slow (connection pool, per-process set-up): keep them out.
  await conditionalUpdateRun(db, 'warm-up', CONDITIONAL_WARM_UP)
  const { latencies, seconds, succeeded } = await conditionalUpdateRun(
    db,
    'slot',
    CONDITIONAL_CALLS,
  )
  const taken = (await slots.doc('slot').get()).data[0].taken
  const label = `conditional update x${CONDITIONAL_CALLS} @${CONDITIONAL_CONCURRENCY}`
  return [
    { name: `${label}: throughput`, value: `${Math.round(CONDITIONAL_CALLS / seconds)} ops/s` },
    { name: `${label}: p50 latency`, value: ms(percentile(latencies, 0.5)) },
    { name: `${label}: p99 latency`, value: ms(percentile(latencies, 0.99)) },
    {
      name: `${label}: updated / final taken`,
      value: `${succeeded} / ${taken} (cap ${CONDITIONAL_CAP})`,
    },
  ]
}

async function conditionalUpdateRun(db: any, id: string, calls: number) {
  const _ = db.command
  const slots = db.collection('bench_slots')
  let succeeded = 0
  const { latencies, seconds } = await runConcurrently(calls, CONDITIONAL_CONCURRENCY, async () => {
    const res = await slots
      .where({ _id: id, taken: _.lt(CONDITIONAL_CAP) })
      .update({ taken: _.inc(1) })
    succeeded += res.updated
  })
  return { latencies, seconds, succeeded }
}

/** 100k users written straight through the store in one SQLite transaction. */
function seedUsers(endpoint: CloudEndpoint, env: string): void {
  const writes: Write[] = Array.from({ length: USERS }, (_, i) => ({
    coll: 'users',
    id: `user-${i}`,
    doc: {
      _id: `user-${i}`,
      openid: openidOf(i),
      nickname: `nick-${i}`,
      persona: 'resident',
      n: i,
    },
  }))
  endpoint.registry.forEnv(env).commit(writes)
}

/** (b) p50 of a lookup by the unique openid index vs by an unindexed field (full scan). */
async function indexedVsScan(db: any): Promise<Row[]> {
  const users = db.collection('users')
  const indexed = await timeEach(INDEXED_LOOKUPS, async () => {
    const i = randomUser()
    const res = await users.where({ openid: openidOf(i) }).get()
    if (res.data[0]?.n !== i) throw new Error(`openid lookup returned the wrong user for ${i}`)
  })
  const scanned = await timeEach(SCAN_LOOKUPS, async () => {
    const i = randomUser()
    const res = await users.where({ nickname: `nick-${i}` }).get()
    if (res.data[0]?.n !== i) throw new Error(`nickname lookup returned the wrong user for ${i}`)
  })
  const indexedP50 = percentile(indexed, 0.5)
  const scanP50 = percentile(scanned, 0.5)
  return [
    {
      name: `users=${USERS}: lookup by openid (indexed) p50, n=${INDEXED_LOOKUPS}`,
      value: ms(indexedP50),
    },
    {
      name: `users=${USERS}: lookup by nickname (no index) p50, n=${SCAN_LOOKUPS}`,
      value: ms(scanP50),
    },
    { name: `users=${USERS}: full scan / indexed`, value: `${Math.round(scanP50 / indexedP50)}x` },
  ]
}

/** (c) the same indexed lookup through SDK + HTTP + endpoint vs a direct in-process store call. */
async function endpointOverhead(db: any, endpoint: CloudEndpoint, env: string): Promise<Row[]> {
  const users = db.collection('users')
  const store = endpoint.registry.forEnv(env)
  const viaSdk = await timeTotal(OVERHEAD_CALLS, () =>
    users.where({ openid: openidOf(randomUser()) }).get(),
  )
  const inProcess = await timeTotal(OVERHEAD_CALLS, async () =>
    store.find('users', { openid: openidOf(randomUser()) }),
  )
  const sdkUs = (viaSdk * 1000) / OVERHEAD_CALLS
  const storeUs = (inProcess * 1000) / OVERHEAD_CALLS
  return [
    {
      name: `indexed lookup via SDK over HTTP, per call (n=${OVERHEAD_CALLS})`,
      value: `${Math.round(sdkUs)} µs`,
    },
    {
      name: `indexed lookup in-process store.find, per call (n=${OVERHEAD_CALLS})`,
      value: `${Math.round(storeUs)} µs`,
    },
    { name: 'SDK + HTTP + endpoint / in-process', value: `${(sdkUs / storeUs).toFixed(1)}x` },
  ]
}

function openidOf(i: number): string {
  return `openid-${i.toString(36).padStart(6, '0')}`
}

function randomUser(): number {
  return Math.floor(Math.random() * USERS)
}

/** Runs `call` n times one after another; returns each duration in ms. */
async function timeEach(n: number, call: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const started = performance.now()
    await call()
    out.push(performance.now() - started)
  }
  return out
}

/** Runs `call` n times one after another (after a short warm-up); returns the total in ms. */
async function timeTotal(n: number, call: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 50; i++) await call()
  const started = performance.now()
  for (let i = 0; i < n; i++) await call()
  return performance.now() - started
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`
}

// Bounded collections: a day of the writes that leave short-lived records behind (ratings retried
// with idempotency keys, complaints taking daily counters, claim codes issued and used), then the
// same records a day later, when they have expired, and the housekeeping timer run over them. The
// day passing is simulated by moving each record's expiry into the past; everything else goes
// through the gateway and the functions as in production.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { DEMO_SHOPS } from '../local-cloud/seed/demo-district'
import { LOCAL_ENV, startStack, type Stack } from '../local-cloud/stack'
import { tcb } from '../server/kernel/database'
import type { CollectionName } from '../types/collections'
import { buildFunctions, FUNCTIONS_OUT } from '../scripts/build-functions'
import { post, runConcurrently, type BenchSection } from './report'

const VISITORS = 600
const CONCURRENCY = 16
const CLAIM_CODES = 100
const BOUNDED: CollectionName[] = ['idempotency', 'rate_limits', 'claim_codes']

export async function benchHousekeeping(): Promise<BenchSection> {
  await buildFunctions()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-housekeeping-'))
  const stack = await startStack({ dataDir, port: 0, functionsDir: FUNCTIONS_OUT, seed: true })
  try {
    const initial = await sizes()
    await aDayOfWrites(stack)
    const afterDay = await sizes()
    await expireEverything()
    const started = performance.now()
    const swept = (await stack.runner.invoke(
      'housekeeping',
      { Type: 'Timer', TriggerName: 'sweep', Time: new Date().toISOString() },
      null,
      'timer',
    )) as { ok: boolean; data?: Record<string, number> }
    const sweepMs = performance.now() - started
    if (!swept.ok) throw new Error(`housekeeping failed: ${JSON.stringify(swept)}`)
    const afterSweep = await sizes()
    return {
      title: `Housekeeping: bounded collections after a day of ${VISITORS} visitors (rating with retries, complaining) and ${CLAIM_CODES} claim codes`,
      rows: [
        ...BOUNDED.map((c) => ({
          name: `${c}: seeded / after the day / after the sweep`,
          value: `${initial[c]} / ${afterDay[c]} / ${afterSweep[c]}`,
        })),
        { name: 'sweep time', value: `${sweepMs.toFixed(0)} ms` },
      ],
    }
  } finally {
    await stack.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

/** A database handle of its own: the SDK takes the stack's key when an app is created. */
const database = () => tcb.init({ env: LOCAL_ENV }).database()

async function sizes(): Promise<Record<CollectionName, number>> {
  const db = database()
  const out = {} as Record<CollectionName, number>
  for (const c of BOUNDED) out[c] = (await db.collection(c).count()).total
  return out
}

/** Each visitor rates a shop (sent twice with one key, as a retry would) and complains once. */
async function aDayOfWrites(stack: Stack): Promise<void> {
  const shopIds = DEMO_SHOPS.map((s) => s._id)
  const admin = stack.tokens.issue('demo-admin')
  await runConcurrently(VISITORS, CONCURRENCY, async (i) => {
    const token = stack.tokens.issue(`bench-visitor-${i}`)
    const shopId = shopIds[i % shopIds.length]
    const rating = { action: 'rate', data: { shopId, stars: 4 }, idempotencyKey: `rate-${i}-key` }
    await post(stack.url, 'rating', rating, token)
    await post(stack.url, 'rating', rating, token)
    await post(
      stack.url,
      'complaint',
      {
        action: 'file',
        data: { shopId, category: 'service', description: '排队结账等了很久，希望改进。' },
        idempotencyKey: `file-${i}-key`,
      },
      token,
    )
  })
  await runConcurrently(CLAIM_CODES, CONCURRENCY, async (i) => {
    const issued = await post(
      stack.url,
      'shop',
      { action: 'issueClaimCode', data: { shopId: shopIds[i % shopIds.length] } },
      admin,
    )
    const reply = JSON.parse(issued.text) as { ok: boolean; data?: { code: string } }
    if (!reply.data) throw new Error(`issueClaimCode failed: ${issued.text}`)
    const { code } = reply.data
    // Half are used the same day; the rest wait until they expire.
    if (i % 2 === 0) {
      const claimer = stack.tokens.issue(`bench-claimer-${i}`)
      await post(stack.url, 'shop', { action: 'claim', data: { code } }, claimer)
    }
  })
}

/** A day later: every record's expiry has passed. */
async function expireEverything(): Promise<void> {
  const db = database()
  const _ = db.command
  const past = new Date(Date.now() - 1000)
  for (const c of BOUNDED)
    await db
      .collection(c)
      .where({ expiresAt: _.gt(new Date(0)) })
      .update({ expiresAt: past })
}

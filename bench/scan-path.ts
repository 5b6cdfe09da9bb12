// The scan path: what a shopper's phone does after scanning a shop's code — resolve the signed
// code and load the shop card, through the HTTP gateway, on a district of 10,000 shops and
// 500,000 reviews. Reported beside a bare gateway call that reaches the function but does no
// database work, with the number of database operations one scan costs. Each shop's card is
// seeded with the projection builder the functions use (`buildShopCard`), from the reviews the
// seed writes, as the events would have left it.
import { computeIntegrity } from '../types/integrity'
import { newShopDoc } from '../server/domain/new-shop'
import { buildShopCard, NO_SOURCES, RECENT, type CardSources } from '../server/domain/shop-card'
import { ratingSummary } from '../server/repositories/ratings'
import { maskName } from '../types/masking'
import { SHOP_CODE_ALPHABET } from '../server/services/shop-code'
import { loadRows, post, withBenchStack, type BenchSection } from './report'
import { GATEWAY_CONCURRENCY, gatewayLoad } from './gateway-load'
import { batchedWrites, benchShopFields, benchUser, seedStore, type BenchStore } from './seed-store'

const SHOPS = 10_000
const REVIEWS = 500_000
const REVIEWERS = 50_000
const REQUESTS = 2_000
const WARM_UP = 200

export async function benchScanPath(): Promise<BenchSection> {
  return withBenchStack('scan', async (stack) => {
    const { store, seedSeconds } = seedStore(stack, seedDistrict)

    const codes = await shopCodes(stack.url, stack.tokens.issue('demo-admin'), 200)
    const scan = (i: number) =>
      post(stack.url, 'shop', { action: 'scan', data: { code: codes[i % codes.length] } })
    const bare = () => post(stack.url, 'shop', { action: 'ping-without-database' })

    const before = stack.endpoint.operations
    const sample = await scan(0)
    if (sample.status !== 200)
      throw new Error(`scan failed: ${sample.status} ${sample.text.slice(0, 200)}`)
    const opsPerScan = stack.endpoint.operations - before

    await gatewayLoad(scan, WARM_UP)
    const scans = await gatewayLoad(scan, REQUESTS)
    await gatewayLoad(bare, WARM_UP)
    const bares = await gatewayLoad(bare, REQUESTS)
    const unindexed = store.unindexedQueries().filter((q) => q.shape !== '{}')

    return {
      title: `Scan path through the gateway (${SHOPS.toLocaleString()} shops, ${REVIEWS.toLocaleString()} reviews, concurrency ${GATEWAY_CONCURRENCY})`,
      rows: [
        { name: 'seeding (direct to the store)', value: `${seedSeconds.toFixed(1)} s` },
        ...loadRows('scan', scans),
        ...loadRows('bare call', bares),
        {
          name: 'scan throughput / bare throughput',
          value: `${(scans.rps / bares.rps).toFixed(2)}×`,
        },
        { name: 'scan p50 / bare p50', value: `${(scans.p50 / bares.p50).toFixed(1)}×` },
        {
          name: 'bare CPU / scan CPU per request',
          value: `${(bares.cpuMs / scans.cpuMs).toFixed(2)}×`,
        },
        { name: 'database operations per scan', value: String(opsPerScan) },
        { name: 'unindexed query shapes on the path', value: String(unindexed.length) },
      ] satisfies BenchSection['rows'],
    }
  })
}

/** Writes shops (with their cards), reviewers and reviews straight into the store. */
function seedDistrict(store: BenchStore) {
  const now = new Date()
  const integrity = {
    ...computeIntegrity(
      { commitments: 2, honours: 0, ratings: { count: 50, average: 4.2 }, upheld: [], overdue: 0 },
      now,
    ),
    updatedAt: now,
  }
  const { push, flush } = batchedWrites(store)
  for (let u = 0; u < REVIEWERS; u++) {
    push(benchUser(`bench-user-${u}`, `bench-openid-${u}`, `顾客${u}`, [], now))
  }
  // Each shop's card sources, gathered while its reviews are written (newest first).
  const sources: CardSources[] = Array.from({ length: SHOPS }, () => structuredClone(NO_SOURCES))
  for (let r = 0; r < REVIEWS; r++) {
    const shop = r % SHOPS
    const user = r % REVIEWERS
    const month = `2026-${String((r % 11) + 1).padStart(2, '0')}`
    const id = `bench-shop-${shop}:bench-user-${user}:${month}`
    const at = new Date(now.getTime() - r * 1000)
    const stars = (r % 5) + 1
    const text = r % 3 ? '' : '服务不错'
    const authorName = maskName(`顾客${user}`)
    push({
      coll: 'ratings',
      id,
      doc: {
        _id: id,
        shopId: `bench-shop-${shop}`,
        userId: `bench-user-${user}`,
        month,
        stars,
        tags: [],
        text,
        authorName,
        status: 'public',
        createdAt: at,
        updatedAt: at,
      },
    })
    const card = sources[shop]
    card.ratings.distribution[stars - 1]++
    if (card.reviews.length < RECENT)
      card.reviews.push({ stars, tags: [], text, author: authorName, createdAt: at.toISOString() })
  }
  for (let i = 0; i < SHOPS; i++) {
    const id = `bench-shop-${i}`
    const fields = benchShopFields(i, '压测店铺', 'BENCH', { floorUnit: `${(i % 5) + 1} 层` })
    const commitments = [{ text: '明码标价', standard: true }]
    const shop = {
      ...newShopDoc(fields, 'demo-district', now, benchCode(i)),
      hours: '09:00-21:00',
      commitments,
      integrity,
    }
    sources[i].ratings = ratingSummary(sources[i].ratings.distribution)
    push({
      coll: 'shops',
      id,
      doc: { _id: id, ...shop, card: buildShopCard(shop, sources[i]) },
    })
  }
  flush()
}

/** Signed codes of `count` bench shops, asked for as the seeded admin (no demo sign-in needed). */
async function shopCodes(url: string, token: string, count: number): Promise<string[]> {
  const codes: string[] = []
  for (let i = 0; i < count; i++) {
    const res = await post(
      url,
      'shop',
      { action: 'code', data: { shopId: `bench-shop-${i * 37}` } },
      token,
    )
    if (res.status !== 200) throw new Error(`code failed: ${res.text.slice(0, 200)}`)
    codes.push(JSON.parse(res.text).data.code)
  }
  return codes
}

/** The i-th shop's code in the shop-code alphabet (base 32, eight characters). */
function benchCode(i: number): string {
  let n = i
  return Array.from({ length: 8 }, () => {
    const c = SHOP_CODE_ALPHABET[n % 32]
    n = Math.floor(n / 32)
    return c
  }).join('')
}

// 微心愿 under load: the wall's first page (with this month's figures) and claims, each claim on a
// different open wish by a different verified member, through the HTTP gateway on 5,000 wishes,
// beside a bare gateway call; and whether every query on the path was served by a declared index.
import { blankWish, type WishDoc } from '../server/repositories/wishes'
import { encryptPhone } from '../server/services/member-crypto'
import { verifiedMemberDoc } from '../server/domain/new-member'
import { shanghaiMonth } from '../types/shanghai-time'
import { WISH_CATEGORIES, type WishCategory, type WishStatus } from '../types/wish'
import { loadRows, post, withBenchStack, type BenchSection } from './report'
import { GATEWAY_CONCURRENCY, gatewayLoad } from './gateway-load'
import { batchedWrites, benchUser, seedStore, type BenchStore } from './seed-store'

const WISHES = 5_000
const CLAIMS = 1_000
const PAGES = 1_000
const WARM_UP = 100
/** Most wishes are open, so every claim has its own; the rest are spread over later states. */
const LATER: WishStatus[] = ['claimed', 'fulfilled', 'confirmed', 'pending']

export async function benchWishes(): Promise<BenchSection> {
  return withBenchStack('wishes', async (stack) => {
    const { store, seeded: openIds, seedSeconds } = seedStore(stack, seedWishes)
    store.unindexedQueries(true)

    const tokens = Array.from({ length: CLAIMS + WARM_UP }, (_, i) =>
      stack.tokens.issue(`bench-member-openid-${i}`),
    )
    const page = () => post(stack.url, 'wish', { action: 'list', data: {} })
    const claim = (i: number) =>
      post(stack.url, 'wish', { action: 'claim', data: { wishId: openIds[i] } }, tokens[i])
    const bare = () => post(stack.url, 'wish', { action: 'ping-without-database' })

    const sample = await page()
    if (sample.status !== 200)
      throw new Error(`list failed: ${sample.status} ${sample.text.slice(0, 200)}`)
    await gatewayLoad(page, WARM_UP)
    const pages = await gatewayLoad(page, PAGES)
    // Warm-up claims use their own wishes and members; the measured ones the next CLAIMS.
    await gatewayLoad((i) => claim(CLAIMS + i), WARM_UP)
    const failed: string[] = []
    const claims = await gatewayLoad(async (i) => {
      const res = await claim(i)
      if (res.status !== 200) failed.push(`${res.status} ${res.text.slice(0, 120)}`)
    }, CLAIMS)
    await gatewayLoad(bare, WARM_UP)
    const bares = await gatewayLoad(bare, PAGES)
    const unindexed = store.unindexedQueries().filter((q) => q.shape !== '{}')

    return {
      title: `微心愿 through the gateway (${WISHES.toLocaleString()} wishes, concurrency ${GATEWAY_CONCURRENCY})`,
      rows: [
        { name: 'seeding (direct to the store)', value: `${seedSeconds.toFixed(1)} s` },
        ...loadRows('wall first page', pages),
        ...loadRows('claim', claims),
        { name: 'claims refused (should be 0)', value: String(failed.length) },
        ...loadRows('bare call', bares),
        { name: 'unindexed query shapes on the path', value: String(unindexed.length) },
      ] satisfies BenchSection['rows'],
    }
  })
}

/** Writes wishers, verified members and wishes straight into the store; the open wishes' ids. */
function seedWishes(store: BenchStore): string[] {
  const now = new Date()
  const month = shanghaiMonth(now)
  const { push, flush } = batchedWrites(store)
  const user = (id: string, openid: string, nickname: string, roles: string[]) =>
    push(benchUser(id, openid, nickname, roles, now))
  for (let i = 0; i < CLAIMS + WARM_UP; i++) {
    const id = `bench-member-${i}`
    user(id, `bench-member-openid-${i}`, `党员${i}`, ['member'])
    const doc = verifiedMemberDoc(id, 'demo-district', `压测党员${i}`, 'bench', now)
    push({ coll: 'members', id, doc })
  }
  const categories = Object.keys(WISH_CATEGORIES) as WishCategory[]
  const contact = encryptPhone('13900000000')
  const openIds: string[] = []
  for (let i = 0; i < WISHES; i++) {
    const id = `bench-wish-${i}`
    const wisherId = `bench-wisher-${i}`
    user(wisherId, `bench-wisher-openid-${i}`, `居民${i}`, [])
    // One wish in five is in a later state; the rest are open.
    const status: WishStatus = i % 5 === 4 ? LATER[((i / 5) % LATER.length) | 0] : 'open'
    if (status === 'open') openIds.push(id)
    const created = new Date(now.getTime() - (WISHES - i) * 60_000)
    const held = status === 'claimed' || status === 'fulfilled' || status === 'confirmed'
    const doc: WishDoc = {
      _id: id,
      wisherId,
      wisherName: `居民${i}`,
      onBehalf: null,
      title: `压测心愿${i}`,
      description: '压测用的心愿描述，至少十个字。',
      category: categories[i % categories.length],
      photos: [],
      wantedBy: null,
      place: { kind: 'area', area: '红星社区' },
      branchId: null,
      contactCipher: contact,
      status,
      ...blankWish(created),
      pool: status !== 'pending',
      holder: held ? { kind: 'member', userId: 'user-member', name: '陈晓燕' } : null,
      holderKeys: held ? ['user:user-member'] : [],
      submittedAt: created,
      submittedMonth: month,
      approvedAt: status === 'pending' ? null : created,
      approvedMonth: status === 'pending' ? null : month,
      claimedAt: held ? now : null,
      claimedMonth: held ? month : null,
      fulfilledAt: status === 'fulfilled' || status === 'confirmed' ? now : null,
      fulfilledMonth: status === 'fulfilled' || status === 'confirmed' ? month : null,
      timeline: [{ at: created, actor: 'wisher', action: '提交心愿', note: '' }],
    }
    push({ coll: 'wishes', id, doc: doc as never })
  }
  flush()
  if (openIds.length < CLAIMS + WARM_UP) throw new Error('not enough open wishes for the claims')
  return openIds
}

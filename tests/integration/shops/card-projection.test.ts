// The stored shop card is a projection the events keep current. A seeded random walk applies
// events through the functions — ratings (bursts held, moderated), complaints through their loop
// with public replies, 亮身份 on and off, members moving, revoked and erased, profile, commitments,
// honours and status — several at once on the same shops, and after every round compares each
// stored card, and the integrity it shows, with ones computed from scratch from the sources.
import { STANDARD_COMMITMENTS, HONOURS } from '../../../types/shop'
import { shopCardFromSources } from '../../../server/domain/shop-card'
import { repairCards } from '../../../server/domain/card-projection'
import { integrityOf } from '../../../server/domain/integrity-record'
import { MEMBER_FORM } from '../../support/member-form'
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'
import { createMerchantShop, db } from '../complaints/fixtures'

const stack = fileStack()

const SEEDS = [1, 2, 3, 4]
const ROUNDS = 40

/** mulberry32: a small seeded PRNG, so a failing walk can be replayed from its seed. */
function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]
  return { next, int, pick, chance: (p: number) => next() < p }
}
type Rng = ReturnType<typeof prng>

type Shop = { shopId: string; merchant: string }
type Member = { openid: string; userId: string }
type Complaint = {
  id: string
  shopId: string
  complainant: string
  stage: 'submitted' | 'assigned' | 'handled' | 'closed'
  byMerchant: boolean
  upheld: boolean
}
type World = {
  seed: number
  shops: Shop[]
  members: Member[]
  shoppers: string[]
  complaints: Complaint[]
  log: string[]
}

/** Actions that succeeded, across the walks: the walk must reach every kind of event. */
const succeeded = new Map<string, number>()

/** One call through the gateway; a refusal (4xx) is a legitimate outcome of a random event. */
async function call(openid: string | null, fn: string, action: string, data: object) {
  const res = await stack.http(openid, fn, { action, data })
  if (res.status >= 500) throw new Error(`${fn}.${action}: ${JSON.stringify(res.body)}`)
  if (res.status === 200)
    succeeded.set(`${fn}.${action}`, (succeeded.get(`${fn}.${action}`) ?? 0) + 1)
  return res
}

let phoneSerial = 0
async function verifiedMember(world: World, shopId: string, name: string): Promise<Member> {
  const openid = `card-member-${world.seed}-${++phoneSerial}`
  const phone = `139${String(process.pid % 10000).padStart(4, '0')}${String(phoneSerial).padStart(4, '0')}`
  const form = { ...MEMBER_FORM, realName: name, phone, workShopId: shopId, post: '店员' }
  expect((await call(openid, 'member', 'submit', form)).status).toBe(200)
  const user = (await db().collection('users').where({ openid }).get()).data[0]
  const approved = await call('demo-admin', 'member', 'approve', {
    userId: user._id,
    branchId: 'org-food-street',
  })
  expect(approved.status).toBe(200)
  return { openid, userId: user._id }
}

const TEXTS = ['', '服务热情周到', '味道不错，价格公道', '老板去死吧']
const POSTS = ['店长', '店员', '收银员', '厨师']
const NAMES = ['王小红', '李建军', '赵春花', '孙志强']
const inFuture = () => new Date(Date.now() + 3 * 24 * 3600_000).toISOString()

/** One random event; what it did goes to the log, so a failure can be read back. */
async function randomEvent(world: World, rng: Rng): Promise<void> {
  const shop = rng.pick(world.shops)
  const roll = rng.int(100)
  const note = (what: string) => world.log.push(what)
  if (roll < 28) {
    const who = rng.pick(world.shoppers)
    const stars = 1 + rng.int(5)
    note(`rate ${shop.shopId} ${stars}★ by ${who}`)
    await call(who, 'rating', 'rate', { shopId: shop.shopId, stars, text: rng.pick(TEXTS) })
  } else if (roll < 32) {
    const held = await call('demo-admin', 'rating', 'held', { pageSize: 50 })
    const ours = (held.body.data?.list ?? []).filter((r: { shopId: string }) =>
      world.shops.some((s) => s.shopId === r.shopId),
    )
    if (!ours.length) return
    const { ratingId } = rng.pick(ours) as { ratingId: string }
    const approve = rng.chance(0.5)
    note(`${approve ? 'approve' : 'discard'} held ${ratingId}`)
    await call('demo-admin', 'rating', 'reviewHeld', { ratingId, approve })
  } else if (roll < 40) {
    const who = rng.pick(world.shoppers)
    note(`complain about ${shop.shopId} by ${who}`)
    const res = await call(who, 'complaint', 'file', {
      shopId: shop.shopId,
      category: 'service',
      description: '店员态度恶劣，结账时还多收了五块钱。',
    })
    if (res.status === 200)
      world.complaints.push({
        id: res.body.data.complaintId,
        shopId: shop.shopId,
        complainant: who,
        stage: 'submitted',
        byMerchant: false,
        upheld: true,
      })
  } else if (roll < 58) {
    const open = world.complaints.filter((c) => c.stage !== 'closed')
    if (!open.length) return
    await advanceComplaint(world, rng, rng.pick(open))
  } else if (roll < 70) {
    if (!world.members.length) return
    const m = rng.pick(world.members)
    const show = rng.chance(0.7)
    note(`${m.userId} shows status: ${show}`)
    await call(m.openid, 'member', 'setShowStatus', { show })
  } else if (roll < 76) {
    if (!world.members.length) return
    const m = rng.pick(world.members)
    note(`${m.userId} moves to ${shop.shopId}`)
    await call(m.openid, 'member', 'changeWork', {
      workShopId: shop.shopId,
      post: rng.pick(POSTS),
    })
  } else if (roll < 79) {
    if (world.members.length < 2) return
    const m = world.members.splice(rng.int(world.members.length), 1)[0]
    if (rng.chance(0.5)) {
      note(`revoke ${m.userId}`)
      await call('demo-admin', 'member', 'revoke', { userId: m.userId, reason: '组织关系已转出' })
    } else {
      note(`erase ${m.userId}`)
      await call(m.openid, 'member', 'erase', { confirm: true })
    }
  } else if (roll < 85) {
    note(`profile of ${shop.shopId}`)
    await call(shop.merchant, 'shop', 'updateProfile', {
      shopId: shop.shopId,
      description: `本店简介 ${rng.int(1000)}`,
      hours: `0${rng.int(10)}:00-21:00`,
    })
  } else if (roll < 90) {
    const commitments = STANDARD_COMMITMENTS.filter(() => rng.chance(0.5)).map((text) => ({
      text,
      standard: true,
    }))
    note(`commitments of ${shop.shopId}: ${commitments.length}`)
    await call(shop.merchant, 'shop', 'setCommitments', { shopId: shop.shopId, commitments })
  } else if (roll < 97) {
    const honour = rng.pick(HONOURS)
    if (rng.chance(0.5)) {
      note(`award ${honour} to ${shop.shopId}`)
      await call('demo-admin', 'shop', 'awardHonour', {
        shopId: shop.shopId,
        honour,
        criteria: ['诚信经营'],
      })
    } else {
      note(`revoke ${honour} of ${shop.shopId}`)
      await call('demo-admin', 'shop', 'revokeHonour', {
        shopId: shop.shopId,
        honour,
        reason: '复核未通过',
      })
    }
  } else {
    const status = rng.chance(0.5) ? 'suspended' : 'open'
    note(`${shop.shopId} ${status}`)
    await call('demo-admin', 'shop', 'setStatus', { shopId: shop.shopId, status, reason: '检查' })
  }
}

/** Takes a complaint one step on: assigned, replied to, handled, confirmed or verified. */
async function advanceComplaint(world: World, rng: Rng, c: Complaint): Promise<void> {
  const merchant = world.shops.find((s) => s.shopId === c.shopId)!.merchant
  const complaintId = c.id
  world.log.push(`complaint ${complaintId} (${c.stage})`)
  if (c.stage === 'submitted') {
    c.byMerchant = rng.chance(0.5)
    const handler = c.byMerchant
      ? { kind: 'merchant', name: '本店' }
      : { kind: 'committee', name: '商圈党委' }
    await call('demo-admin', 'complaint', 'accept', { complaintId, severity: 'minor' })
    const res = await call('demo-admin', 'complaint', 'assign', {
      complaintId,
      handler,
      deadline: inFuture(),
    })
    if (res.status === 200) c.stage = 'assigned'
  } else if (c.stage === 'assigned' || (c.stage === 'handled' && rng.chance(0.5))) {
    if (rng.chance(0.4) || c.stage === 'handled') {
      await call(merchant, 'complaint', 'reply', {
        complaintId,
        text: `已整改，感谢监督 ${rng.int(100)}`,
      })
      return
    }
    c.upheld = c.byMerchant || rng.chance(0.6)
    const res = await call(c.byMerchant ? merchant : 'demo-admin', 'complaint', 'handle', {
      complaintId,
      result: '已向顾客道歉并退款',
      upheld: c.upheld,
    })
    if (res.status === 200) c.stage = 'handled'
  } else if (c.stage === 'handled') {
    const res = await call(c.complainant, 'complaint', 'confirm', {
      complaintId,
      satisfied: rng.chance(0.5),
      rating: 1 + rng.int(5),
    })
    if (res.status === 200) c.stage = 'closed'
    if (res.status === 200 && c.upheld && rng.chance(0.5))
      await call('demo-admin', 'complaint', 'verifyRectification', { complaintId })
  }
}

/** Every shop's stored card against the card computed from scratch from the sources. */
async function expectCardsCurrent(world: World): Promise<void> {
  for (const { shopId } of world.shops) {
    const shop = (await db().collection('shops').doc(shopId).get()).data[0]
    const fromScratch = await shopCardFromSources(db(), shop)
    const stored = { shopId, ...shop.card }
    if (JSON.stringify(stored) !== JSON.stringify(fromScratch))
      throw new Error(
        `seed ${world.seed}, shop ${shopId}: stored card differs after\n` +
          world.log.slice(-12).join('\n'),
      )
    expect(stored).toEqual(fromScratch)
    // The integrity it shows is the rule applied to the record as it stands, too.
    const { score, stars, level, reasons } = shop.integrity
    const integrity = await integrityOf(db(), shop, fromScratch.ratings, new Date())
    expect({ seed: world.seed, shopId, integrity: { score, stars, level, reasons } }).toEqual({
      seed: world.seed,
      shopId,
      integrity,
    })
  }
}

it('seeds the demo district with every card as the sources give it', async () => {
  const shops = (await db().collection('shops').where({ districtId: 'demo-district' }).get()).data
  expect(shops.length).toBeGreaterThan(20)
  for (const shop of shops)
    expect({ shopId: shop._id, ...shop.card }).toEqual(await shopCardFromSources(db(), shop))
})

it.each(SEEDS)(
  'keeps every stored card equal to one computed from scratch (seed %i)',
  async (seed) => {
    const rng = prng(seed)
    const shops = await Promise.all(
      [0, 1].map(async () => {
        const s = await createMerchantShop()
        return { shopId: s.shopId, merchant: s.merchant.openid }
      }),
    )
    const world: World = {
      seed,
      shops,
      members: [],
      shoppers: Array.from({ length: 40 }, (_, i) => `card-shopper-${seed}-${i}`),
      complaints: [],
      log: [],
    }
    for (const [i, name] of NAMES.entries())
      world.members.push(await verifiedMember(world, shops[i % 2].shopId, name))
    await expectCardsCurrent(world)

    for (let round = 0; round < ROUNDS; round++) {
      // Up to four events at once, over two shops: concurrent events on one shop are common.
      const events = 1 + rng.int(4)
      world.log.push(`-- round ${round}: ${events} at once`)
      // Each event draws its choices before any runs, so the walk depends only on the seed.
      const forks = Array.from({ length: events }, () => prng(rng.int(2 ** 31)))
      await Promise.all(forks.map((fork) => randomEvent(world, fork)))
      await expectCardsCurrent(world)
    }

    // What the public gets is that card, by scanning as by id.
    for (const { shopId } of world.shops) {
      const shop = (await db().collection('shops').doc(shopId).get()).data[0]
      if (shop.status !== 'open') continue
      const byId = await call(null, 'shop', 'get', { shopId })
      expect(byId.body.data).toEqual(await shopCardFromSources(db(), shop))
    }
  },
  240_000,
)

it('reached every kind of event in the walks', () => {
  const kinds = [
    'rating.rate',
    'rating.reviewHeld',
    'complaint.file',
    'complaint.reply',
    'complaint.handle',
    'complaint.confirm',
    'member.setShowStatus',
    'member.changeWork',
    'member.revoke',
    'member.erase',
    'shop.updateProfile',
    'shop.setCommitments',
    'shop.awardHonour',
    'shop.revokeHonour',
    'shop.setStatus',
  ]
  expect(kinds.filter((k) => !succeeded.get(k))).toEqual([])
})

it('repairs cards that are missing or wrong from the source collections', async () => {
  const { shopId } = await createMerchantShop()
  await call('card-repair-shopper', 'rating', 'rate', { shopId, stars: 4 })
  const shops = db().collection('shops')
  await shops.doc(shopId).update({ 'card.name': '被改坏的名字', 'card.ratings.count': 99 })
  const { shopId: other } = await createMerchantShop()
  await shops.doc(other).update({ card: db().command.remove() })

  expect(await repairCards(db(), 'demo-district')).toBeGreaterThanOrEqual(2)
  for (const id of [shopId, other]) {
    const shop = (await shops.doc(id).get()).data[0]
    expect({ shopId: id, ...shop.card }).toEqual(await shopCardFromSources(db(), shop))
  }
  expect((await shops.doc(shopId).get()).data[0].card.ratings.count).toBe(1)
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

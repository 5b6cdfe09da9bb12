// Writes the demo district through the real SDK on first start. Every document has a fixed _id and
// is written with doc().set(), so a seed interrupted half-way completes on the next start; the
// district document goes last and marks the seed as done.
import { collection, type Database } from '../../server/kernel/database'
import type { Role } from '../../types/roles'
import { recomputeIntegrity } from '../../server/domain/integrity'
import { SHOP_CODE_ALPHABET } from '../../server/services/shop-code'
import { computeIntegrity } from '../../types/integrity'
import { DEMO_DISTRICT, DEMO_HONOURS, DEMO_MEMBERS, DEMO_ORGS, DEMO_SHOPS } from './demo-district'
import { seedDemoFeedback } from './demo-feedback'
import { seedDemoMembers } from './demo-members'
import { PERSONAS } from './personas'

export async function isSeeded(db: Database): Promise<boolean> {
  const res = await collection(db, 'districts').doc(DEMO_DISTRICT._id).get()
  return res.data.length > 0
}

export async function seedDemoDistrict(db: Database, now = new Date()): Promise<void> {
  const districtId = DEMO_DISTRICT._id
  const merchantShop = DEMO_SHOPS[0]._id
  const secretaryOrg = 'org-food-street'

  for (const org of DEMO_ORGS) {
    const secretaryId = org._id === secretaryOrg ? 'user-secretary' : null
    const shopIds = DEMO_SHOPS.filter((s) => s.orgId === org._id).map((s) => s._id)
    await collection(db, 'orgs')
      .doc(org._id)
      .set({
        ...without(org, '_id'),
        districtId,
        secretaryId,
        shopIds,
        createdAt: now,
        updatedAt: now,
      })
  }
  const empty = computeIntegrity(
    { commitments: 0, honours: 0, ratings: { count: 0, average: 0 }, upheld: [], overdue: 0 },
    now,
  )
  for (const [i, shop] of DEMO_SHOPS.entries()) {
    const merchantIds = shop._id === merchantShop ? ['user-merchant'] : []
    const honours = DEMO_HONOURS[shop._id] ?? []
    await collection(db, 'shops')
      .doc(shop._id)
      .set({
        ...without(shop, '_id'),
        districtId,
        status: 'open',
        merchantIds,
        code: demoShopCode(i),
        photos: [],
        commitments: shop.commitments,
        honours,
        honourDetails: honours.map((honour) => ({
          honour,
          criteria: ['诚信经营', '优质服务'],
          awardedAt: now,
        })),
        integrity: { ...empty, updatedAt: now },
        createdAt: now,
        updatedAt: now,
      })
  }
  for (const p of PERSONAS) {
    await putUser(db, `user-${p.persona}`, {
      openid: p.openid,
      nickname: p.nickname,
      roles: p.roles,
      persona: p.persona,
      shopIds: p.persona === 'merchant' ? [merchantShop] : [],
      orgIds: p.persona === 'secretary' ? [secretaryOrg] : [],
      createdAt: now,
      updatedAt: now,
    })
  }
  for (const m of DEMO_MEMBERS) {
    await putUser(db, m.userId, {
      openid: m.openid,
      nickname: m.nickname,
      roles: ['member'],
      shopIds: [],
      orgIds: [],
      createdAt: now,
      updatedAt: now,
    })
  }
  await seedDemoMembers(db, now)
  await seedDemoFeedback(db, now)
  for (const shop of DEMO_SHOPS)
    await recomputeIntegrity({ db, now: () => now }, shop._id, '演示数据初始化')
  await collection(db, 'districts')
    .doc(districtId)
    .set({ ...without(DEMO_DISTRICT, '_id'), createdAt: now })
}

async function putUser(
  db: Database,
  id: string,
  user: Record<string, unknown> & { roles: Role[] },
) {
  await collection(db, 'users').doc(id).set(user)
}

function without<T extends object, K extends keyof T>(obj: T, key: K): Omit<T, K> {
  const { [key]: _drop, ...rest } = obj
  return rest
}

/** Stable demo codes, so a printed demo poster keeps working across reseeds. */
function demoShopCode(i: number): string {
  let n = 7919 * (i + 11)
  return Array.from({ length: 8 }, () => {
    n = (n * 48271) % 2147483647
    return SHOP_CODE_ALPHABET[n % SHOP_CODE_ALPHABET.length]
  }).join('')
}

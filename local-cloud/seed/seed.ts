// Writes the demo district through the real SDK on first start. Every document has a fixed _id and
// is written with doc().set(), so a seed interrupted half-way completes on the next start; the
// district document goes last and marks the seed as done.
import { collection, type Database } from '../../server/kernel/database'
import type { Role } from '../../types/roles'
import { DEMO_DISTRICT, DEMO_MEMBERS, DEMO_ORGS, DEMO_SHOPS } from './demo-district'
import { PERSONAS } from './personas'

export async function isSeeded(db: Database): Promise<boolean> {
  const res = await collection(db, 'districts').doc(DEMO_DISTRICT._id).get()
  return res.data.length > 0
}

export async function seedDemoDistrict(db: Database, now = new Date()): Promise<void> {
  const districtId = DEMO_DISTRICT._id
  const merchantShop = DEMO_SHOPS[0]._id
  const memberShop = DEMO_SHOPS[3]._id
  const secretaryOrg = 'org-food-street'

  for (const org of DEMO_ORGS) {
    const secretaryId = org._id === secretaryOrg ? 'user-secretary' : null
    await collection(db, 'orgs')
      .doc(org._id)
      .set({ ...without(org, '_id'), districtId, secretaryId, createdAt: now })
  }
  for (const shop of DEMO_SHOPS) {
    const merchantIds = shop._id === merchantShop ? ['user-merchant'] : []
    await collection(db, 'shops')
      .doc(shop._id)
      .set({
        ...without(shop, '_id'),
        districtId,
        status: 'open',
        merchantIds,
        createdAt: now,
        updatedAt: now,
      })
  }
  for (const p of PERSONAS) {
    const workShopId =
      p.persona === 'merchant'
        ? merchantShop
        : p.persona === 'member'
          ? memberShop
          : p.persona === 'secretary'
            ? 'shop-005'
            : undefined
    await putUser(db, `user-${p.persona}`, {
      openid: p.openid,
      nickname: p.nickname,
      roles: p.roles,
      persona: p.persona,
      shopIds: p.persona === 'merchant' ? [merchantShop] : [],
      orgIds: p.persona === 'secretary' ? [secretaryOrg] : [],
      ...(workShopId ? { workShopId } : {}),
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
      workShopId: m.shop,
      createdAt: now,
      updatedAt: now,
    })
  }
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

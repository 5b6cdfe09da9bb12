// Writes the demo district on first start through the same repository functions the cloud
// functions use, so the seed can hold no shape that production never writes. Ids are fixed and
// every write is one a second run repeats harmlessly (a put, a conditional update, or an insert
// whose duplicate is taken as done), so a seed interrupted half-way completes on the next start;
// the district document goes last and marks the seed as done.
import { recomputeIntegrity } from '../../server/domain/integrity'
import { newShopDoc } from '../../server/domain/new-shop'
import type { Database } from '../../server/kernel/database'
import { claimShopWithCode, storeClaimCode } from '../../server/repositories/claim-codes'
import { findDistrict, insertDistrict } from '../../server/repositories/districts'
import { insertOrg, setOrgShops, updateOrg } from '../../server/repositories/orgs'
import { addHonour, insertShop, updateShop } from '../../server/repositories/shops'
import { insertUser, setSecretaryOf } from '../../server/repositories/users'
import { SHOP_CODE_ALPHABET } from '../../server/services/shop-code'
import { ShopFields } from '../../types/shop'
import { DEMO_DISTRICT, DEMO_HONOURS, DEMO_MEMBERS, DEMO_ORGS, DEMO_SHOPS } from './demo-district'
import { seedDemoActivities } from './demo-activities'
import { seedDemoFeedback } from './demo-feedback'
import { seedDemoMembers } from './demo-members'
import { seedDemoMessages } from './demo-messages'
import { seedDemoResources } from './demo-resources'
import { seedDemoWishes } from './demo-wishes'
import { setWishProject } from '../../server/repositories/project-wishes'
import { once } from './once'
import { PERSONAS } from './personas'

const MERCHANT_SHOP = DEMO_SHOPS[0]._id
const SECRETARY_ORG = 'org-food-street'
/** The one-time code the demo merchant claimed their shop with (used at once, then expired). */
const DEMO_CLAIM_CODE = 'DEMOSH0P'

export async function isSeeded(db: Database): Promise<boolean> {
  return (await findDistrict(db))?._id === DEMO_DISTRICT._id
}

export async function seedDemoDistrict(db: Database, now = new Date()): Promise<void> {
  const districtId = DEMO_DISTRICT._id
  for (const p of PERSONAS) {
    // Only the committee's role is given here; every other role comes from the act that grants
    // it in production (an appointment, a claim, a verification).
    const roles = p.roles.filter((r) => r === 'admin')
    await once(
      insertUser(db, { _id: `user-${p.persona}`, ...newUser(p.openid, p.nickname, now), roles }),
    )
  }
  for (const m of DEMO_MEMBERS)
    await once(insertUser(db, { _id: m.userId, ...newUser(m.openid, m.nickname, now) }))

  for (const org of DEMO_ORGS) {
    const { _id, ...fields } = org
    await once(
      insertOrg(db, { _id, ...fields, districtId, secretaryId: null, shopIds: [], createdAt: now }),
    )
  }
  for (const [i, shop] of DEMO_SHOPS.entries()) {
    const { _id, description, hours, orgId: _org, commitments, ...fields } = shop
    await once(
      insertShop(db, {
        _id,
        ...newShopDoc(ShopFields.parse(fields), districtId, now, demoShopCode(i)),
      }),
    )
    // No follow-ups: each card is built when the shop is first read.
    await updateShop(db, _id, { description, hours, commitments, updatedAt: now }, null)
    for (const honour of DEMO_HONOURS[_id] ?? []) {
      const detail = {
        honour,
        criteria: ['诚信经营' as const, '优质服务' as const],
        awardedAt: now,
      }
      await addHonour(db, _id, detail, now, null)
    }
  }
  for (const org of DEMO_ORGS) {
    const shopIds = DEMO_SHOPS.filter((s) => s.orgId === org._id).map((s) => s._id)
    if (shopIds.length) await setOrgShops(db, org._id, shopIds, now)
  }
  await setSecretaryOf(db, 'user-secretary', SECRETARY_ORG, true, now)
  await updateOrg(db, SECRETARY_ORG, { secretaryId: 'user-secretary', updatedAt: now })
  await storeClaimCode(db, DEMO_CLAIM_CODE, MERCHANT_SHOP, new Date(now.getTime() + 60_000), now)
  await claimShopWithCode(db, DEMO_CLAIM_CODE, 'user-merchant', now)

  await seedDemoMembers(db, now)
  await seedDemoFeedback(db, now)
  await seedDemoMessages(db, now)
  await seedDemoResources(db, now)
  await seedDemoWishes(db, now)
  // 重阳敬老 bundles the wishes of older residents with the haircut and noodle offers.
  for (const wishId of ['demo-wish-4', 'demo-wish-7', 'demo-wish-8'])
    await setWishProject(db, wishId, 'demo-project-1', now)
  await seedDemoActivities(db, now)
  for (const shop of DEMO_SHOPS)
    await recomputeIntegrity({ db, now: () => now }, shop._id, '演示数据初始化')
  await once(insertDistrict(db, { ...DEMO_DISTRICT, createdAt: now }))
}

function newUser(openid: string, nickname: string, now: Date) {
  return { openid, nickname, roles: [], shopIds: [], orgIds: [], createdAt: now, updatedAt: now }
}

/** Stable demo codes, so a printed demo poster keeps working across reseeds. */
function demoShopCode(i: number): string {
  let n = 7919 * (i + 11)
  return Array.from({ length: 8 }, () => {
    n = (n * 48271) % 2147483647
    return SHOP_CODE_ALPHABET[n % SHOP_CODE_ALPHABET.length]
  }).join('')
}

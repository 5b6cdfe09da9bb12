// Test fixtures for ratings and complaints: fresh shops and users written through the SDK, so each
// test starts from a record it knows, whatever the demo seed holds.
import crypto from 'node:crypto'
import { newShopDoc } from '../../../server/domain/new-shop'
import { ShopFields } from '../../../types/shop'
import { sdkDatabase } from '../../support/local-endpoint'

let serial = 0

export function db() {
  return sdkDatabase('local')
}

/** An open shop of the demo district with no record yet, as the shop function creates one; `merchantId` runs it. */
export async function createShop(
  options: { merchantId?: string; name?: string } = {},
): Promise<{ shopId: string; name: string }> {
  // Separators keep the id from looking like a phone number to the privacy tests.
  const n = `${process.pid}-${++serial}-${crypto.randomBytes(3).toString('hex')}`
  const shopId = `test-shop-${n}`
  const name = options.name ?? `测试店铺${n}`
  const fields = ShopFields.parse({
    name,
    category: '餐饮',
    address: '红星路 1 号',
    floorUnit: '1 层',
    licenceNo: `T${crypto.randomBytes(9).toString('hex').toUpperCase().slice(0, 17)}`,
    contactName: '测试',
    contactPhone: '13800009999',
  })
  const doc = newShopDoc(fields, 'demo-district', new Date())
  await db()
    .collection('shops')
    .doc(shopId)
    .set({ ...doc, merchantIds: options.merchantId ? [options.merchantId] : [] })
  return { shopId, name }
}

/** A user with a known nickname and roles; returns the user id and openid. */
export async function createUser(
  nickname: string,
  roles: string[] = [],
  shopIds: string[] = [],
): Promise<{ userId: string; openid: string }> {
  const n = `${process.pid}-${++serial}-${crypto.randomBytes(3).toString('hex')}`
  const userId = `test-user-${n}`
  const openid = `test-openid-${n}`
  const now = new Date()
  await db()
    .collection('users')
    .doc(userId)
    .set({ openid, nickname, roles, shopIds, orgIds: [], createdAt: now, updatedAt: now })
  return { userId, openid }
}

/** A merchant running a fresh shop. */
export async function createMerchantShop(nickname = '钱老板') {
  const merchant = await createUser(nickname, ['merchant'])
  const shop = await createShop({ merchantId: merchant.userId })
  await db()
    .collection('users')
    .doc(merchant.userId)
    .update({ shopIds: [shop.shopId] })
  return { ...shop, merchant }
}

export const VALID_COMPLAINT = {
  category: 'service',
  description: '店员态度恶劣，结账时还多收了五块钱。',
}

/** How a test calls the complaint function: as `openid`, the action and its data. */
type ComplaintCall = (openid: string | null, action: string, data: object) => Promise<unknown>

/** The committee accepts the complaint at `severity` and assigns it to `handler` until `deadline`. */
export async function acceptAndAssign(
  call: ComplaintCall,
  complaintId: string,
  severity: 'minor' | 'moderate' | 'serious',
  handler: { kind: 'merchant' | 'committee' | 'department'; name: string },
  deadline: string,
) {
  await call('demo-admin', 'accept', { complaintId, severity })
  await call('demo-admin', 'assign', { complaintId, handler, deadline })
}

/** The committee, handling a complaint itself. */
export const BY_COMMITTEE = { kind: 'committee', name: '商圈党委' } as const

/** Writes fields straight into a stored complaint (time travel for the sweeps). */
export async function setComplaint(complaintId: string, change: Record<string, unknown>) {
  await db().collection('complaints').doc(complaintId).update(change)
}

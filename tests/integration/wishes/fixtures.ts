// Test fixtures for wishes: verified members, a branch with its secretary and shop, and helpers to
// submit and approve a wish, all written through the SDK so each test starts from what it knows.
import crypto from 'node:crypto'
import { verifiedMemberDoc } from '../../../server/domain/new-member'
import { fileStack } from '../../support/stack'
import { createShop, createUser, db } from '../complaints/fixtures'

export { createMerchantShop, createShop, createUser, db } from '../complaints/fixtures'

let serial = 0
const unique = () => `${process.pid}-${++serial}-${crypto.randomBytes(3).toString('hex')}`

/** A user with the member role and a verified registration under `realName`. */
export async function createVerifiedMember(realName: string) {
  const user = await createUser(realName, ['member'])
  const { _id, ...doc } = verifiedMemberDoc(
    user.userId,
    'demo-district',
    realName,
    'test',
    new Date(),
  )
  await db().collection('members').doc(_id).set(doc)
  return user
}

/**
 * The people of a wish test by their part in it, each created under its name, one after another:
 * `users` signed in with no role (a wisher, a stranger), `members` verified Party members (a
 * holder, a bystander).
 */
export async function createPeople<U extends string, M extends string = never>(
  users: Record<U, string>,
  members: Record<M, string> = {} as Record<M, string>,
): Promise<Record<U | M, { userId: string; openid: string }>> {
  const people = {} as Record<U | M, { userId: string; openid: string }>
  for (const part of Object.keys(users) as U[]) people[part] = await createUser(users[part])
  for (const part of Object.keys(members) as M[])
    people[part] = await createVerifiedMember(members[part])
  return people
}

/** A branch with a secretary, and an open shop the branch covers. */
export async function createBranch(name = '测试支部') {
  const orgId = `test-org-${unique()}`
  const secretary = await createUser('赵书记', ['secretary'])
  const now = new Date()
  const shop = await createShop()
  await db()
    .collection('orgs')
    .doc(orgId)
    .set({
      districtId: 'demo-district',
      name: `${name}${orgId.slice(-6)}`,
      level: 'branch',
      parentId: null,
      secretaryId: secretary.userId,
      shopIds: [shop.shopId],
      createdAt: now,
      updatedAt: now,
    })
  await db()
    .collection('users')
    .doc(secretary.userId)
    .update({ orgIds: [orgId] })
  await db().collection('shops').doc(shop.shopId).update({ orgId })
  return { orgId, secretary, shop }
}

export const CONTACT = '13955550123'

export const VALID_WISH = {
  title: '想给奶奶修好收音机',
  description: '奶奶每天听戏的收音机坏了，希望有人帮忙修一修。',
  category: 'living',
  place: { kind: 'area', area: '红星社区三号楼' },
  contact: CONTACT,
}

/**
 * The local stack for one test file, started before its tests and stopped after them, with the
 * wish function's calls on it (`w.call`, `w.submit`, `w.openWish(es)`), the stored wish read back
 * and written for time travel (`w.storedWish`, `w.setWish`), and `w.stack` itself.
 */
export function wishStack() {
  const stack = fileStack()
  const call = (openid: string | null, action: string, data: object) =>
    stack.http(openid, 'wish', { action, data })
  /** Submits a wish; its id. */
  const submit = async (openid: string, extra: object = {}) => {
    const res = await call(openid, 'submit', { ...VALID_WISH, ...extra })
    if (res.status !== 200) throw new Error(`submit: ${JSON.stringify(res.body)}`)
    return res.body.data.wishId as string
  }
  /** Submits and approves a wish onto the wall; its id. */
  const openWish = async (openid: string, extra: object = {}) => {
    const wishId = await submit(openid, extra)
    const res = await call('demo-admin', 'review', { wishId, decision: 'approve' })
    if (res.status !== 200) throw new Error(`review: ${JSON.stringify(res.body)}`)
    return wishId
  }
  /** Opens `n` wishes of one wisher, one after another; their ids in that order. */
  const openWishes = async (openid: string, n: number) => {
    const ids: string[] = []
    for (let i = 0; i < n; i++) ids.push(await openWish(openid))
    return ids
  }
  return {
    stack,
    call,
    submit,
    openWish,
    openWishes,
    storedWish,
    setWish,
  }
}

/** Writes fields straight into a stored wish (time travel for the sweep). */
async function setWish(wishId: string, change: Record<string, unknown>) {
  await db().collection('wishes').doc(wishId).update(change)
}

async function storedWish(wishId: string) {
  return (await db().collection('wishes').doc(wishId).get()).data[0]
}

import crypto from 'node:crypto'
// Users: one document per person, keyed by the platform identity (openid). Roles are server data.
import type { MessageKind } from '../../types/inbox'
import type { Role } from '../../types/roles'
import type { Paged } from '../../types/common'
import { pagedQuery, type PageRequest, NEWEST } from './paged'
import {
  collection,
  isDuplicateWrite,
  type Database,
  type NewDoc,
  type Transaction,
} from '../kernel/database'
import { byId, byIds, findOne } from './reads'
import type { Stamped } from './stamped'

export type UserDoc = Stamped & {
  _id: string
  openid: string
  nickname: string
  /** Granted roles (admin, secretary, merchant, member); `public` is implied for everyone. */
  roles: Role[]
  shopIds: string[]
  orgIds: string[]
  /** Message kinds the person does not want pushed to WeChat (the inbox keeps them). */
  mutedKinds?: MessageKind[]
}

export async function findUserByOpenid(db: Database, openid: string): Promise<UserDoc | null> {
  return findOne<UserDoc>(db, 'users', { openid })
}

/** Creates the user on first contact; a concurrent first call loses the unique race and re-reads. */
export async function ensureUser(
  db: Database,
  openid: string,
  now: Date,
): Promise<{ user: UserDoc; created: boolean }> {
  const existing = await findUserByOpenid(db, openid)
  if (existing) return { user: existing, created: false }
  const fresh = {
    openid,
    nickname: `访客${crypto.createHash('sha1').update(openid).digest('hex').slice(0, 4).toUpperCase()}`,
    roles: [] as Role[],
    shopIds: [],
    orgIds: [],
    createdAt: now,
    updatedAt: now,
  }
  try {
    return { user: { ...fresh, _id: await insertUser(db, fresh) }, created: true }
  } catch (err) {
    if (!isDuplicateWrite(err)) throw err
    const user = await findUserByOpenid(db, openid)
    if (!user) throw err
    return { user, created: false }
  }
}

/** Inserts a user; its id, or DATABASE_DUPLICATE_WRITE when the openid (or a named id) is taken. */
export async function insertUser(db: Database, user: NewDoc<UserDoc>): Promise<string> {
  return String((await collection(db, 'users').add(user)).id)
}

export async function setNickname(
  db: Database,
  userId: string,
  nickname: string,
  now: Date,
): Promise<void> {
  await touchUser(db, userId, { nickname }, now)
}

export async function listUsers(
  db: Database,
  filter: { role?: Role },
  page: PageRequest,
): Promise<Paged<UserDoc>> {
  const where = filter.role && filter.role !== 'public' ? { roles: filter.role } : {}
  const query = collection(db, 'users').where(where)
  return pagedQuery<UserDoc>(query, NEWEST, page)
}

export const findUsersByIds = byIds<UserDoc>('users')

export const findUserById = byId<UserDoc>('users')

/**
 * Appoints the user secretary of the org (role and org list), or takes the org away; the role goes
 * when they lead no org any more. Atomic operators only, and the role goes only if the org list is
 * empty at that moment, so an appointment to another org at the same time keeps the role.
 */
export async function setSecretaryOf(
  db: Database,
  userId: string,
  orgId: string,
  leads: boolean,
  now: Date,
): Promise<void> {
  const _ = db.command
  if (leads) {
    await touchUser(db, userId, { roles: _.addToSet('secretary'), orgIds: _.addToSet(orgId) }, now)
    return
  }
  await touchUser(db, userId, { orgIds: _.pull(orgId) }, now)
  await collection(db, 'users')
    .where({ _id: userId, orgIds: _.size(0) })
    .update({ roles: _.pull('secretary') })
}

export async function setMutedKinds(
  db: Database,
  userId: string,
  kinds: MessageKind[],
  now: Date,
): Promise<void> {
  await touchUser(db, userId, { mutedKinds: kinds }, now)
}

/** The ids of everyone holding a role (the committee, for its messages). */
export async function userIdsWithRole(db: Database, role: Role): Promise<string[]> {
  const res = await collection(db, 'users')
    .where({ roles: role })
    .field({ _id: true })
    .limit(200)
    .get()
  return (res.data as { _id: string }[]).map((u) => u._id)
}

/** Whether anyone holds the role (has the committee its first admin yet?). */
export async function anyoneWithRole(db: Database, role: Role): Promise<boolean> {
  const res = await collection(db, 'users')
    .where({ roles: role })
    .field({ _id: true })
    .limit(1)
    .get()
  return res.data.length > 0
}

/** Gives the user the member role or takes it away: verification, its revocation or 注销. */
export async function setRole(
  db: Database,
  userId: string,
  role: 'member',
  held: boolean,
  now: Date,
): Promise<void> {
  const _ = db.command
  await touchUser(db, userId, { roles: held ? _.addToSet(role) : _.pull(role) }, now)
}

/**
 * An admin (`byId`) appoints or relieves another, in one transaction that also reads the caller:
 * it commits only while the caller is still an admin, so two admins relieving each other at once
 * cannot both succeed and one always remains. The target's roles after; 'caller-not-admin' when
 * the caller has been relieved meanwhile, null when the target is gone.
 */
export async function setAdminBy(
  db: Database,
  byId: string,
  userId: string,
  admin: boolean,
  now: Date,
): Promise<Role[] | 'caller-not-admin' | null> {
  return (await db.runTransaction(async (tx: Transaction) => {
    const by = (await tx.collection('users').doc(byId).get()).data as UserDoc | null
    if (!by?.roles.includes('admin')) return 'caller-not-admin'
    const target = (await tx.collection('users').doc(userId).get()).data as UserDoc | null
    if (!target) return null
    const roles = admin
      ? [...new Set([...target.roles, 'admin' as const])]
      : target.roles.filter((r) => r !== 'admin')
    await tx.collection('users').doc(userId).update({ roles, updatedAt: now })
    return roles
  })) as Role[] | 'caller-not-admin' | null
}

/** Applies operators to one user and marks it updated. */
async function touchUser(db: Database, userId: string, change: object, now: Date): Promise<void> {
  await collection(db, 'users')
    .doc(userId)
    .update({ ...change, updatedAt: now })
}

/** 注销 of a user who has no other role: the account, and with it the openid, goes. */
export async function removeUser(db: Database, userId: string): Promise<void> {
  await collection(db, 'users').doc(userId).remove()
}

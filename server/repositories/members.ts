// Party-member registrations: one document per user (`_id` = userId). Names are stored as written
// (the committee searches them); phones only as ciphertext + lookup hash. Status changes are
// conditional updates on the current status, so two verifiers cannot both decide one registration.
import type { MemberKind, MemberStatus, RosterMatch } from '../../types/member'
import type { Paged, TimeOrder } from '../../types/common'
import { pagedQuery, type PageRequest } from './paged'
import { byId, readAll } from './reads'
import { putWithFollowUp, updateWithFollowUp, type FollowUpDoc } from './follow-ups'
import { collection, escapeRegExp, type Database } from '../kernel/database'
import { chunks } from '../kernel/in-parallel'
import type { Stamped } from './stamped'

export type MemberDoc = Stamped & {
  _id: string
  districtId: string
  status: MemberStatus
  consent: { version: string; at: Date }
  realName?: string
  gender?: '男' | '女'
  phoneCipher?: string
  phoneHash?: string
  /** True when the phone came from WeChat (getPhoneNumber, exchanged on the server), not typed. */
  phoneVerified?: boolean
  /**
   * The phone's hash while verified, otherwise `user:<id>`: a unique index on it admits one
   * verified member per phone, decided by the approving write itself.
   */
  phoneHeld: string
  joinedOn?: string
  standing?: 'full' | 'probationary'
  recordOrg?: string
  transferred?: boolean
  floating?: boolean
  kind?: MemberKind
  workShopId?: string | null
  post?: string
  skills: string[]
  /** The branch covering the member's shop when submitted; the verifier may assign another. */
  branchId: string | null
  rosterMatch: RosterMatch
  rosterDiffs: ('realName' | 'joinedOn' | 'recordOrg')[]
  showStatus: boolean
  rejectReason: string | null
  /** Bumped whenever a card must stop being valid (re-approval, revocation). */
  cardSerial: number
  submittedAt: Date | null
  decidedAt: Date | null
  decidedBy: string | null
  verifiedAt: Date | null
}

const members = (db: Database) => collection(db, 'members')

export const findMember = byId<MemberDoc>('members')

/** What `phoneHeld` is for a registration that is not (or no longer) verified. */
export const phoneNotHeld = (userId: string) => `user:${userId}`

export async function insertMember(db: Database, doc: MemberDoc): Promise<void> {
  await members(db).add(doc)
}

/** Updates the registration only while its status is one of `from`; false if it had moved on. */
/** What a decision or an edit may change on a registration. */
export type MemberChange = Partial<Omit<MemberDoc, '_id' | 'districtId' | 'createdAt'>>

export async function updateMemberIf(
  db: Database,
  userId: string,
  from: readonly MemberStatus[],
  change: MemberChange,
): Promise<boolean> {
  const res = await members(db)
    .where({ _id: userId, status: db.command.in([...from]) })
    .update(change)
  return (res.updated ?? 0) > 0
}

/** `updateMemberIf` with the decision's follow-up record, in one transaction. */
export function updateMemberWithFollowUp(
  db: Database,
  userId: string,
  from: readonly MemberStatus[],
  change: MemberChange,
  record: FollowUpDoc,
): Promise<boolean> {
  const accepts = (found: MemberDoc) => from.includes(found.status)
  return updateWithFollowUp(db, 'members', userId, accepts, change, {}, record)
}

/** Removes the registration with the follow-up record that takes it off its shop's card. */
export function removeMember(db: Database, userId: string, record: FollowUpDoc): Promise<void> {
  return putWithFollowUp(db, 'members', userId, null, record)
}

export type QueueFilter = {
  status: MemberStatus
  districtId: string
  /** Secretaries: only these branches. */
  branchIds?: string[]
  kind?: MemberKind
  rosterMatch?: RosterMatch
  namePrefix?: string
  phoneHash?: string
}

export async function listQueue(
  db: Database,
  filter: QueueFilter,
  page: PageRequest & { order?: TimeOrder },
): Promise<Paged<MemberDoc>> {
  const _ = db.command
  const where: Record<string, unknown> = filter.branchIds
    ? { branchId: _.in(filter.branchIds), status: filter.status }
    : { districtId: filter.districtId, status: filter.status }
  if (filter.kind) where.kind = filter.kind
  if (filter.rosterMatch) where.rosterMatch = filter.rosterMatch
  if (filter.phoneHash) where.phoneHash = filter.phoneHash
  if (filter.namePrefix)
    where.realName = db.RegExp({ regexp: `^${escapeRegExp(filter.namePrefix)}` })
  const query = members(db).where(where)
  const direction = page.order === 'oldest' ? 'asc' : 'desc'
  return pagedQuery<MemberDoc>(query, { field: 'submittedAt', direction }, page)
}

/** Registrations with any of these phone hashes (roster matching). */
export async function membersByPhoneHashes(db: Database, hashes: string[]): Promise<MemberDoc[]> {
  // `in` takes a bounded list, so a whole roster's phones are asked about 500 at a time.
  const found = await Promise.all(
    chunks(hashes, 500).map((run) =>
      readAll<MemberDoc>(db, 'members', { phoneHash: db.command.in(run) }),
    ),
  )
  return found.flat()
}

/** Stores how a registration compares with the roster (after a roster import). */
export async function setRosterMatch(
  db: Database,
  userId: string,
  match: Pick<MemberDoc, 'rosterMatch' | 'rosterDiffs'>,
): Promise<void> {
  await members(db)
    .doc(userId)
    .update({ rosterMatch: match.rosterMatch, rosterDiffs: db.command.set(match.rosterDiffs) })
}

/**
 * Pending registrations fully matching the roster, `limit` at a time in `_id` order after `after`
 * (the one-pass approval works through them a batch per call).
 */
export async function fullyMatchedPending(
  db: Database,
  districtId: string,
  after: string | undefined,
  limit: number,
): Promise<MemberDoc[]> {
  const res = await members(db)
    .where({
      districtId,
      status: 'pending',
      rosterMatch: 'full',
      ...(after ? { _id: db.command.gt(after) } : {}),
    })
    .orderBy('_id', 'asc')
    .limit(limit)
    .get()
  return res.data as MemberDoc[]
}

/** Verified members showing their status on the shop (亮身份), for the public shop card. */
export async function membersShowingStatus(
  db: Database,
  shopId: string,
): Promise<{ realName: string; post: string }[]> {
  const res = await members(db)
    .where({ workShopId: shopId, showStatus: true, status: 'verified' })
    .field({ realName: true, post: true })
    .limit(50)
    .get()
  return res.data as { realName: string; post: string }[]
}

/** Registrations waiting for a decision in the given branches (a secretary's digest). */
export async function countPendingInBranches(db: Database, branchIds: string[]): Promise<number> {
  if (!branchIds.length) return 0
  const res = await members(db)
    .where({ branchId: db.command.in(branchIds), status: 'pending' })
    .count()
  return res.total
}

export async function countMembers(
  db: Database,
  districtId: string,
  status: MemberStatus,
  extra: { kind?: MemberKind; showStatus?: boolean } = {},
): Promise<number> {
  return (
    await members(db)
      .where({ districtId, status, ...extra })
      .count()
  ).total
}

/** Count of members in `status` per value of `field` (branchId, workShopId). */
export async function countMembersBy(
  db: Database,
  districtId: string,
  status: MemberStatus,
  field: 'branchId' | 'workShopId',
): Promise<Map<string, number>> {
  const res = await members(db)
    .aggregate()
    .match({ districtId, status })
    .group({ _id: `$${field}`, n: db.command.aggregate.sum(1) })
    .limit(10000)
    .end()
  const groups = res.data as { _id: string | null; n: number }[]
  return new Map(groups.filter((g) => g._id).map((g) => [g._id!, g.n]))
}

/** Verified members for the ledger: the district's, or those of some branches. */
export function verifiedMembers(
  db: Database,
  scope: { districtId: string } | { branchIds: string[] },
): Promise<MemberDoc[]> {
  const where =
    'branchIds' in scope
      ? { branchId: db.command.in(scope.branchIds), status: 'verified' }
      : { districtId: scope.districtId, status: 'verified' }
  return readAll<MemberDoc>(db, 'members', where, {
    order: { field: 'submittedAt', direction: 'desc' },
  })
}

// The committee's coverage figures (党的工作覆盖率): members found by kind, where registrations stand,
// open shops with at least one verified member, and each branch's members. All counts are
// index-served (district + status [+ kind]) or grouped on the server.
import type { Coverage } from '../../types/member'
import type { Database } from '../kernel/database'
import { countMembers, countMembersBy } from '../repositories/members'
import { listOrgs } from '../repositories/orgs'
import { countOpenAmong, countOpenShops } from '../repositories/shops'

/** Open shops where at least one verified member works (党的工作覆盖率's numerator). */
async function coveredShops(db: Database, districtId: string): Promise<number> {
  const byShop = await countMembersBy(db, districtId, 'verified', 'workShopId')
  return countOpenAmong(db, [...byShop.keys()])
}

/** Verified members and the open shops they work in: the public overview's two figures. */
export async function memberHeadline(
  db: Database,
  districtId: string,
): Promise<{ members: number; shopsWithMembers: number }> {
  const [members, shopsWithMembers] = await Promise.all([
    countMembers(db, districtId, 'verified'),
    coveredShops(db, districtId),
  ])
  return { members, shopsWithMembers }
}

export async function memberCoverage(db: Database, districtId: string): Promise<Coverage> {
  const found = (status: 'pending' | 'verified', kind: 'pocket' | 'floating' | 'transferred') =>
    countMembers(db, districtId, status, { kind })
  const [kinds, pending, verified, rejected, showing, covered, shops, orgs, byBranch, pendingBy] =
    await Promise.all([
      Promise.all(
        (['pocket', 'floating', 'transferred'] as const).map(async (kind) => {
          const [p, v] = await Promise.all([found('pending', kind), found('verified', kind)])
          return p + v
        }),
      ),
      countMembers(db, districtId, 'pending'),
      countMembers(db, districtId, 'verified'),
      countMembers(db, districtId, 'rejected'),
      countMembers(db, districtId, 'verified', { showStatus: true }),
      coveredShops(db, districtId),
      countOpenShops(db, districtId),
      listOrgs(db, districtId),
      countMembersBy(db, districtId, 'verified', 'branchId'),
      countMembersBy(db, districtId, 'pending', 'branchId'),
    ])
  const [pocket, floating, transferred] = kinds
  return {
    found: { total: pocket + floating + transferred, pocket, floating, transferred },
    pending,
    verified,
    rejected,
    showingStatus: showing,
    shops: {
      covered: covered,
      total: shops,
      rate: shops ? Math.round((covered / shops) * 1000) / 10 : 0,
    },
    branches: orgs
      .filter((o) => o.level === 'branch' || o.level === 'general')
      .map((o) => ({
        orgId: o._id,
        name: o.name,
        members: byBranch.get(o._id) ?? 0,
        pending: pendingBy.get(o._id) ?? 0,
      })),
  }
}

// What each role may see of a registration: the member sees all of their own; verifiers see all
// with the phone masked in lists and in full on the detail page; the public sees nothing here.
import { maskPhone } from '../../types/masking'
import {
  memberKind,
  type MemberDetail,
  type MyRegistration,
  type QueuedMember,
} from '../../types/member'
import type { Ctx } from '../kernel/context'
import { decryptPhone, pseudonymOf } from '../services/member-crypto'
import { auditOf } from '../repositories/member-audit'
import type { MemberDoc } from '../repositories/members'
import { findOrg, listOrgs } from '../repositories/orgs'
import { rosterByPhoneHashes } from '../repositories/roster'
import { shopNames } from '../repositories/shops'
import { findUsersByIds } from '../repositories/users'

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null)

function phoneOf(doc: MemberDoc): string | null {
  return doc.phoneCipher ? decryptPhone(doc.phoneCipher) : null
}

export async function myRegistrationView(ctx: Ctx, doc: MemberDoc): Promise<MyRegistration> {
  const [shops, branch] = await Promise.all([
    shopNames(ctx.db, doc.workShopId ? [doc.workShopId] : []),
    doc.branchId ? findOrg(ctx.db, doc.branchId) : null,
  ])
  return {
    status: doc.status,
    realName: doc.realName ?? null,
    gender: doc.gender ?? null,
    phone: phoneOf(doc),
    joinedOn: doc.joinedOn ?? null,
    standing: doc.standing ?? null,
    recordOrg: doc.recordOrg ?? null,
    transferred: doc.transferred ?? null,
    floating: doc.floating ?? null,
    shop: doc.workShopId
      ? { shopId: doc.workShopId, name: shops.get(doc.workShopId) ?? '（店铺已删除）' }
      : null,
    post: doc.post ?? null,
    skills: doc.skills as MyRegistration['skills'],
    branch: branch ? { orgId: branch._id, name: branch.name } : null,
    rejectReason: doc.rejectReason,
    showStatus: doc.showStatus,
    submittedAt: iso(doc.submittedAt),
    decidedAt: iso(doc.decidedAt),
  }
}

/** Queue rows for a page of submitted registrations (names of shops and branches looked up once). */
export async function queuedViews(ctx: Ctx, docs: MemberDoc[]): Promise<QueuedMember[]> {
  const [shops, orgs] = await Promise.all([
    shopNames(
      ctx.db,
      docs.map((d) => d.workShopId).filter((id): id is string => !!id),
    ),
    docs.some((d) => d.branchId) ? listOrgs(ctx.db, docs[0].districtId) : [],
  ])
  const orgName = new Map(orgs.map((o) => [o._id, o.name]))
  return docs.map((d) => ({
    userId: d._id,
    realName: d.realName ?? '',
    gender: d.gender ?? '男',
    phoneMasked: maskPhone(phoneOf(d) ?? ''),
    joinedOn: d.joinedOn ?? '',
    standing: d.standing ?? 'full',
    kind: d.kind ?? memberKind({ transferred: !!d.transferred, floating: !!d.floating }),
    recordOrg: d.recordOrg ?? '',
    shop: d.workShopId
      ? { shopId: d.workShopId, name: shops.get(d.workShopId) ?? '（店铺已删除）' }
      : null,
    post: d.post ?? '',
    branch: d.branchId
      ? { orgId: d.branchId, name: orgName.get(d.branchId) ?? '（组织已删除）' }
      : null,
    status: d.status,
    rosterMatch: d.rosterMatch,
    rosterDiffs: d.rosterDiffs,
    phoneVerified: !!d.phoneVerified,
    submittedAt: iso(d.submittedAt ?? d.createdAt)!,
  }))
}

export async function memberDetailView(ctx: Ctx, doc: MemberDoc): Promise<MemberDetail> {
  const [[row], roster, history] = await Promise.all([
    queuedViews(ctx, [doc]),
    rosterByPhoneHashes(ctx.db, doc.phoneHash ? [doc.phoneHash] : []),
    auditOf(ctx.db, pseudonymOf(doc._id)),
  ])
  const deciders = await findUsersByIds(ctx.db, [
    ...new Set(history.map((h) => h.by).filter((id): id is string => !!id)),
  ])
  const nickname = new Map(deciders.map((u) => [u._id, u.nickname]))
  const entry = roster[0]
  return {
    ...row,
    phone: phoneOf(doc) ?? '',
    skills: doc.skills as MemberDetail['skills'],
    transferred: !!doc.transferred,
    floating: !!doc.floating,
    rejectReason: doc.rejectReason,
    showStatus: doc.showStatus,
    roster: entry
      ? { realName: entry.realName, joinedOn: entry.joinedOn, recordOrg: entry.recordOrg }
      : null,
    history: history.map((h) => ({
      action: h.action,
      at: iso(h.at)!,
      by: h.by ? (nickname.get(h.by) ?? '（已注销）') : '本人',
      reason: h.reason,
    })),
  }
}

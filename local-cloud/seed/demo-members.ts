// The demo district's Party members: verified members (some showing their status on their shop),
// registrations waiting in the queue — one agreeing with the roster, one differing, one not on it —
// one sent back with a reason, and the roster they are checked against. Phones are stored the way
// the member function stores them (encrypted + lookup hash), so the demo is what production holds.
import type { Database } from '../../server/kernel/database'
import { recordAudit } from '../../server/repositories/member-audit'
import { insertMember, phoneNotHeld } from '../../server/repositories/members'
import { putRosterEntry } from '../../server/repositories/roster'
import { insertUser, setRole } from '../../server/repositories/users'
import { CONSENT_VERSION, memberKind, type MemberStatus } from '../../types/member'
import { encryptPhone, phoneHash, pseudonymOf } from '../../server/services/member-crypto'
import { compareWithRoster } from '../../server/domain/roster-match'
import { DEMO_SHOPS } from './demo-district'
import { once } from './once'
import { recordAuditEntry } from '../../server/repositories/audit-log'
import { API } from '../../types/api'
import { maskName } from '../../types/masking'

const DAY_MS = 86_400_000

type DemoMember = {
  userId: string
  openid: string
  realName: string
  gender: '男' | '女'
  phone: string
  joinedOn: string
  standing: 'full' | 'probationary'
  recordOrg: string
  transferred: boolean
  floating: boolean
  shop: string
  post: string
  skills: string[]
  status: MemberStatus
  showStatus?: boolean
  rejectReason?: string
  /** Users created here (applicants); the personas and demo members exist already. */
  nickname?: string
  /** Typed on the web rather than shared from WeChat: the queue marks it 手机号未验证. */
  typedPhone?: boolean
}

const home = '红星街道党工委'

export const DEMO_REGISTRATIONS: DemoMember[] = [
  {
    userId: 'user-secretary',
    openid: 'demo-secretary',
    realName: '李红梅',
    gender: '女',
    phone: '13900001001',
    joinedOn: '2005-07-01',
    standing: 'full',
    recordOrg: '红星路商圈联合党委',
    transferred: true,
    floating: false,
    shop: 'shop-005',
    post: '店长',
    skills: ['心理疏导'],
    status: 'verified',
  },
  {
    userId: 'user-merchant',
    openid: 'demo-merchant',
    realName: '张志明',
    gender: '男',
    phone: '13900001002',
    joinedOn: '2012-06-18',
    standing: 'full',
    recordOrg: '红星路商圈联合党委',
    transferred: true,
    floating: false,
    shop: 'shop-001',
    post: '店主',
    skills: ['家电维修'],
    status: 'verified',
    showStatus: true,
  },
  {
    userId: 'user-member',
    openid: 'demo-member',
    realName: '陈晓燕',
    gender: '女',
    phone: '13900001003',
    joinedOn: '2016-05-04',
    standing: 'full',
    recordOrg: '山东大学化学学院党委',
    transferred: false,
    floating: false,
    shop: 'shop-004',
    post: '店长',
    skills: ['教育辅导', '摄影'],
    status: 'verified',
    showStatus: true,
  },
  {
    userId: 'user-member-02',
    openid: 'demo-member-02',
    realName: '赵卫东',
    gender: '男',
    phone: '13900001004',
    joinedOn: '1998-10-01',
    standing: 'full',
    recordOrg: '济南市历下区退役军人事务局党组',
    transferred: false,
    floating: true,
    shop: 'shop-002',
    post: '厨师长',
    skills: [],
    status: 'verified',
    showStatus: true,
  },
  {
    userId: 'user-member-03',
    openid: 'demo-member-03',
    realName: '孙丽',
    gender: '女',
    phone: '13900001005',
    joinedOn: '2019-12-20',
    standing: 'full',
    recordOrg: home,
    transferred: true,
    floating: false,
    shop: 'shop-011',
    post: '导购',
    skills: ['文艺演出'],
    status: 'verified',
  },
  {
    userId: 'user-member-04',
    openid: 'demo-member-04',
    realName: '周强',
    gender: '男',
    phone: '13900001006',
    joinedOn: '2010-03-15',
    standing: 'full',
    recordOrg: '临沂市兰山区农业农村局党委',
    transferred: false,
    floating: true,
    shop: 'shop-021',
    post: '收银员',
    skills: [],
    status: 'verified',
    showStatus: true,
  },
  {
    userId: 'user-member-05',
    openid: 'demo-member-05',
    realName: '吴芳',
    gender: '女',
    phone: '13900001007',
    joinedOn: '2023-07-01',
    standing: 'full',
    recordOrg: home,
    transferred: true,
    floating: false,
    shop: 'shop-031',
    post: '店员',
    skills: ['手机电脑'],
    status: 'verified',
  },
  {
    userId: 'user-member-06',
    openid: 'demo-member-06',
    realName: '郑磊',
    gender: '男',
    phone: '13900001008',
    joinedOn: '2008-11-11',
    standing: 'full',
    recordOrg: '青岛科技大学党委',
    transferred: false,
    floating: false,
    shop: 'shop-051',
    post: '技师',
    skills: ['家电维修', '手机电脑'],
    status: 'verified',
  },
  {
    userId: 'user-member-07',
    openid: 'demo-member-07',
    realName: '冯静',
    gender: '女',
    phone: '13900001009',
    joinedOn: '2025-09-30',
    standing: 'probationary',
    recordOrg: home,
    transferred: true,
    floating: false,
    shop: 'shop-052',
    post: '美容师',
    skills: [],
    status: 'verified',
  },
  {
    userId: 'user-applicant-01',
    openid: 'demo-applicant-01',
    nickname: '王小军',
    realName: '王小军',
    gender: '男',
    phone: '13900002001',
    joinedOn: '2014-07-01',
    standing: 'full',
    recordOrg: '泰安市岱岳区粥店街道党工委',
    transferred: false,
    floating: false,
    shop: 'shop-003',
    post: '店长',
    skills: ['志愿讲解'],
    status: 'pending',
  },
  {
    userId: 'user-applicant-02',
    openid: 'demo-applicant-02',
    nickname: '刘芳',
    realName: '刘芳',
    gender: '女',
    phone: '13900002002',
    joinedOn: '2011-05-20',
    standing: 'full',
    recordOrg: '德州市陵城区教育和体育局党委',
    transferred: false,
    floating: true,
    shop: 'shop-012',
    post: '店员',
    skills: [],
    status: 'pending',
  },
  {
    userId: 'user-applicant-03',
    openid: 'demo-applicant-03',
    nickname: '黄志强',
    realName: '黄志强',
    gender: '男',
    phone: '13900002003',
    joinedOn: '2020-10-08',
    standing: 'full',
    recordOrg: '聊城大学党委',
    transferred: false,
    floating: false,
    shop: 'shop-022',
    post: '维修工程师',
    skills: ['手机电脑'],
    status: 'pending',
    typedPhone: true,
  },
  {
    userId: 'user-applicant-04',
    openid: 'demo-applicant-04',
    nickname: '马丽',
    realName: '马丽',
    gender: '女',
    phone: '13900002004',
    joinedOn: '2026-03-01',
    standing: 'probationary',
    recordOrg: '红星',
    transferred: false,
    floating: false,
    shop: 'shop-032',
    post: '发型师',
    skills: [],
    status: 'rejected',
    rejectReason: '组织关系所在单位请填写全称（如“某某街道党工委”）',
  },
]

/** The roster the committee imported: the verified members and two of the applicants. */
const ROSTER = [
  ...DEMO_REGISTRATIONS.filter((m) => m.status === 'verified'),
  DEMO_REGISTRATIONS[9],
  // The roster has another joining date for 刘芳, so her registration shows as differing.
  { ...DEMO_REGISTRATIONS[10], joinedOn: '2011-06-20' },
]

export async function seedDemoMembers(db: Database, now: Date): Promise<void> {
  const branchOf = new Map(DEMO_SHOPS.map((s) => [s._id, s.orgId]))
  for (const r of ROSTER) {
    await putRosterEntry(db, {
      _id: phoneHash(r.phone),
      districtId: 'demo-district',
      realName: r.realName,
      phoneCipher: encryptPhone(r.phone),
      joinedOn: r.joinedOn,
      recordOrg: r.recordOrg,
      importedAt: now,
      importedBy: 'user-admin',
    })
  }
  for (const [i, m] of DEMO_REGISTRATIONS.entries()) {
    const verified = m.status === 'verified'
    const decided = verified || !!m.rejectReason
    // Decided registrations came in over the last five months, each decided three days later, so
    // the dashboard's trend has a history; those waiting came in over the last hours.
    const submittedAt = decided
      ? new Date(now.getTime() - (150 - i * 12) * DAY_MS)
      : new Date(now.getTime() - (DEMO_REGISTRATIONS.length - i) * 3600_000)
    const decidedAt = decided ? new Date(submittedAt.getTime() + 3 * DAY_MS) : null
    const entry = ROSTER.find((r) => r.phone === m.phone)
    if (m.nickname) {
      await once(
        insertUser(db, {
          _id: m.userId,
          openid: m.openid,
          nickname: m.nickname,
          roles: [],
          shopIds: [],
          orgIds: [],
          createdAt: submittedAt,
          updatedAt: submittedAt,
        }),
      )
    }
    await once(
      insertMember(db, {
        _id: m.userId,
        districtId: 'demo-district',
        status: m.status,
        consent: { version: CONSENT_VERSION, at: submittedAt },
        realName: m.realName,
        gender: m.gender,
        phoneCipher: encryptPhone(m.phone),
        phoneHash: phoneHash(m.phone),
        phoneVerified: !m.typedPhone,
        phoneHeld: verified ? phoneHash(m.phone) : phoneNotHeld(m.userId),
        joinedOn: m.joinedOn,
        standing: m.standing,
        recordOrg: m.recordOrg,
        transferred: m.transferred,
        floating: m.floating,
        kind: memberKind(m),
        workShopId: m.shop,
        post: m.post,
        skills: m.skills,
        branchId: branchOf.get(m.shop) ?? null,
        ...compareWithRoster(m, entry ?? null),
        showStatus: m.showStatus ?? false,
        rejectReason: m.rejectReason ?? null,
        cardSerial: verified ? 1 : 0,
        submittedAt,
        decidedAt,
        decidedBy: decided ? 'user-admin' : null,
        verifiedAt: verified ? decidedAt : null,
        createdAt: submittedAt,
        updatedAt: now,
      }),
    )
    if (verified) await setRole(db, m.userId, 'member', true, now)
    await once(
      recordAudit(db, {
        _id: `audit-${m.userId}-submitted`,
        subject: pseudonymOf(m.userId),
        action: 'submitted',
        by: null,
        at: submittedAt,
        reason: null,
      }),
    )
    if (decided) {
      await once(
        recordAudit(db, {
          _id: `audit-${m.userId}-decided`,
          subject: pseudonymOf(m.userId),
          action: verified ? 'approved' : 'rejected',
          by: 'user-admin',
          at: decidedAt!,
          reason: m.rejectReason ?? null,
        }),
      )
      await recordAuditEntry(db, {
        _id: `demo-audit-${m.userId}`,
        at: decidedAt!,
        by: { userId: 'user-admin', name: '王建国', roles: ['admin'] },
        kind: verified ? 'approve' : 'reject',
        action: verified ? 'member.approve' : 'member.reject',
        what: verified ? API.member.approve.summary : API.member.reject.summary,
        subject: { type: 'member', id: m.userId, label: maskName(m.realName) },
        reason: m.rejectReason ?? null,
      })
    }
  }
}

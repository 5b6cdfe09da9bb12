// The demo district's 微心愿: a wish in every state — pending, returned, three open in different
// categories (one entered by the committee for someone, 代录), dispatched to the food-street branch,
// claimed by the member persona, fulfilled and waiting for the shopper to confirm, confirmed with
// thanks, and one whose claim lapsed (overdue, back on the wall). Written through the wish
// repository with fixed ids; each wisher's and holder's slots are taken under fixed ids, so a
// second run is harmless.
import { holderKey } from '../../server/domain/holders'
import type { Database } from '../../server/kernel/database'
import { takeSlotId } from '../../server/repositories/slots'
import {
  blankWish,
  POOL_STATUSES,
  insertWish,
  type HolderDoc,
  type WishDoc,
  type WishTimelineDoc,
} from '../../server/repositories/wishes'
import { encryptPhone } from '../../server/services/member-crypto'
import { shanghaiMonth, shanghaiToday } from '../../types/shanghai-time'
import { UNFINISHED_WISH_STATUSES } from '../../types/wish'
import { DEMO_MEMBERS, DEMO_SHOPS } from './demo-district'
import { once } from './once'

const HOUR = 3600e3
const DAY = 24 * HOUR
const SHOP = DEMO_SHOPS[0]

const MEMBER_HOLDER: HolderDoc = { kind: 'member', userId: 'user-member', name: '陈晓燕' }
const BRANCH_HOLDER: HolderDoc = {
  kind: 'branch',
  userId: 'user-secretary',
  name: '美食街党支部',
  orgId: 'org-food-street',
}
const SHOP_HOLDER: HolderDoc = {
  kind: 'merchant',
  userId: 'user-merchant',
  name: SHOP.name,
  shopId: SHOP._id,
}

type Demo = {
  n: number
  wisher: { userId: string; nickname: string }
  title: string
  description: string
  category: NonNullable<WishDoc['category']>
  status: WishDoc['status']
  daysAgo: number
  place?: WishDoc['place']
  holder?: HolderDoc
  onBehalf?: WishDoc['onBehalf']
  extra?: (now: Date, created: Date) => Partial<WishDoc>
  steps: Step[]
}

/** A timeline entry: days after creation, who, what, the note. */
type Step = [number, WishTimelineDoc['actor'], string, string]
const SUBMITTED: Step = [0, 'wisher', '提交心愿', '']
/** Submitted, then approved onto the wall by the committee the next day. */
const ON_WALL: Step[] = [SUBMITTED, [1, 'committee', '审核通过', '进入心愿墙']]

/** What a holder's 标记已实现 writes. */
const fulfilledWith = (note: string, now: Date): Partial<WishDoc> => ({
  fulfilment: { note, photos: [], at: now },
  fulfilledAt: now,
  fulfilledMonth: shanghaiMonth(now),
})

const SHOPPER = { userId: 'user-shopper', nickname: '刘阳' }
const resident = (i: number) => DEMO_MEMBERS[i]

const DEMOS: Demo[] = [
  {
    n: 1,
    wisher: SHOPPER,
    title: '想给社区老人办场理发日',
    description: '小区里不少老人行动不便，希望有理发师每月来一次，给老人免费理发。',
    category: 'living',
    status: 'pending',
    daysAgo: 0,
    steps: [SUBMITTED],
  },
  {
    n: 2,
    wisher: resident(0),
    title: '孩子想要几本课外书',
    description: '家里孩子上三年级，喜欢看书，想要几本适合的课外读物。',
    category: 'material',
    status: 'returned',
    daysAgo: 2,
    extra: () => ({ reviewNote: '请写明孩子的年级和想看的书的类型' }),
    steps: [SUBMITTED, [1, 'committee', '退回修改', '请写明孩子的年级和想看的书的类型']],
  },
  {
    n: 3,
    wisher: resident(1),
    title: '店门口的台阶需要扶手',
    description: `${SHOP.name}门口的台阶没有扶手，老人进出不方便，希望能装一个扶手。`,
    category: 'living',
    status: 'open',
    daysAgo: 5,
    place: { kind: 'shop', shopId: SHOP._id, shopName: SHOP.name },
    steps: [SUBMITTED, [1, 'secretary', '审核通过', '进入心愿墙']],
  },
  {
    n: 4,
    wisher: resident(2),
    title: '想学用手机和孙子视频',
    description: '孙子在外地上学，想学会用手机视频通话，希望有人耐心教一教。',
    category: 'companionship',
    status: 'open',
    daysAgo: 4,
    steps: [...ON_WALL],
  },
  {
    n: 5,
    wisher: { userId: 'user-admin', nickname: '王建国' },
    onBehalf: { name: '独居的韩爷爷', source: '社区走访' },
    title: '咨询老房子继承的手续',
    description: '韩爷爷想了解老房子过户给女儿需要准备哪些材料，希望有律师给讲讲。',
    category: 'legal',
    status: 'open',
    daysAgo: 3,
    steps: [
      [0, 'committee', '提交心愿', '商圈党委代录'],
      [0, 'committee', '审核通过', '进入心愿墙'],
    ],
  },
  {
    n: 6,
    wisher: resident(3),
    title: '帮忙修一修漏水的水龙头',
    description: '厨房水龙头一直滴水，自己修不好，希望有懂水电的师傅帮忙看看。',
    category: 'living',
    status: 'dispatched',
    daysAgo: 6,
    holder: BRANCH_HOLDER,
    extra: (now) => ({
      deadline: new Date(now.getTime() + 7 * DAY),
      respondBy: new Date(now.getTime() + 40 * HOUR),
    }),
    steps: [...ON_WALL, [5, 'committee', '派单', '交由党组织 美食街党支部，期限一周']],
  },
  {
    n: 7,
    wisher: resident(4),
    title: '陪独居的母亲去医院复查',
    description: '我在外地工作，母亲下周要去医院复查，希望有人能陪她去一趟。',
    category: 'companionship',
    status: 'claimed',
    daysAgo: 7,
    holder: MEMBER_HOLDER,
    extra: (now) => ({ deadline: new Date(now.getTime() + 10 * DAY), claimedAt: now }),
    steps: [...ON_WALL, [6, 'holder', '认领心愿', '党员 陈*燕']],
  },
  {
    n: 8,
    wisher: SHOPPER,
    title: '给楼道装一盏感应灯',
    description: '我们单元楼道晚上很黑，老人上下楼容易摔，想装一盏感应灯。',
    category: 'material',
    status: 'fulfilled',
    daysAgo: 9,
    holder: SHOP_HOLDER,
    extra: (now) => ({
      deadline: new Date(now.getTime() + 3 * DAY),
      ...fulfilledWith('已经买好感应灯并装上了，晚上试过很亮。', now),
    }),
    steps: [
      ...ON_WALL,
      [3, 'holder', '认领心愿', `商户 ${SHOP.name}`],
      [9, 'holder', '标记已实现', '已经买好感应灯并装上了，晚上试过很亮。'],
    ],
  },
  {
    n: 9,
    wisher: SHOPPER,
    title: '想给女儿找份暑期实习',
    description: '女儿大二学会计，暑假想在附近找份实习，积累一点经验。',
    category: 'employment',
    status: 'confirmed',
    daysAgo: 20,
    holder: MEMBER_HOLDER,
    extra: (now) => ({
      ...fulfilledWith('介绍到超市财务室实习两个月。', now),
      confirmation: { rating: 5, thanks: '谢谢陈阿姨，女儿学到了很多！', at: now, auto: false },
      confirmedAt: now,
    }),
    steps: [
      ...ON_WALL,
      [2, 'holder', '认领心愿', '党员 陈*燕'],
      [12, 'holder', '标记已实现', '介绍到超市财务室实习两个月。'],
      [13, 'wisher', '确认已实现', '谢谢陈阿姨，女儿学到了很多！'],
    ],
  },
  {
    n: 10,
    wisher: resident(5),
    title: '帮忙搬一次家',
    description: '月底要搬到隔壁小区，家里只有老两口，想请人帮忙搬几件大家具。',
    category: 'living',
    status: 'open',
    daysAgo: 18,
    extra: (now) => ({
      overdue: true,
      releases: [
        {
          holderKey: 'user:user-member-03',
          name: '孙丽',
          kind: 'member',
          at: new Date(now.getTime() - DAY),
          reason: '逾期未实现',
        },
      ],
    }),
    steps: [
      ...ON_WALL,
      [2, 'holder', '认领心愿', '党员 孙*'],
      [17, 'system', '认领逾期', '逾期未实现，已回到心愿墙'],
    ],
  },
  {
    n: 11,
    wisher: resident(3),
    title: '想请人代缴这个月的水电费',
    description: '我这个月出差在外，想请人帮忙去营业厅代缴家里的水电费，钱我可以先转过去。',
    category: 'other',
    status: 'rejected',
    daysAgo: 4,
    extra: () => ({ reviewNote: '涉及代收钱款，不宜作为微心愿，建议通过手机银行缴费' }),
    steps: [
      SUBMITTED,
      [1, 'committee', '审核不通过', '涉及代收钱款，不宜作为微心愿，建议通过手机银行缴费'],
    ],
  },
]

export async function seedDemoWishes(db: Database, now: Date): Promise<void> {
  const wishSlot = new Map<string, number>()
  const claimSlot = new Map<string, number>()
  for (const d of DEMOS) {
    const created = new Date(now.getTime() - d.daysAgo * DAY)
    const at = (day: number) => new Date(Math.min(created.getTime() + day * DAY, now.getTime()))
    const id = `demo-wish-${d.n}`
    const pool = POOL_STATUSES.includes(d.status)
    const approvedAt = pool ? at(1) : null
    const claimedAt = d.holder && d.status !== 'dispatched' ? at(d.steps[2]?.[0] ?? 2) : null
    const doc: WishDoc = {
      _id: id,
      wisherId: d.wisher.userId,
      wisherName: d.onBehalf?.name ?? d.wisher.nickname,
      onBehalf: d.onBehalf ?? null,
      title: d.title,
      description: d.description,
      category: d.category,
      photos: [],
      wantedBy: d.status === 'claimed' ? shanghaiToday(new Date(now.getTime() + 10 * DAY)) : null,
      place: d.place ?? { kind: 'area', area: '红星社区' },
      branchId: d.place?.kind === 'shop' ? 'org-food-street' : null,
      contactCipher: d.onBehalf ? null : encryptPhone(`1390000${String(2000 + d.n)}`),
      status: d.status,
      ...blankWish(created),
      pool,
      holder: d.holder ?? null,
      holderKeys: d.holder ? [holderKey(d.holder)] : [],
      submittedAt: created,
      submittedMonth: shanghaiMonth(created),
      approvedAt,
      approvedMonth: approvedAt ? shanghaiMonth(approvedAt) : null,
      claimedAt,
      claimedMonth: claimedAt ? shanghaiMonth(claimedAt) : null,
      ...d.extra?.(now, created),
      timeline: d.steps.map(([day, actor, action, note]) => ({ at: at(day), actor, action, note })),
      updatedAt: now,
    }
    await once(insertWish(db, doc))
    if (!doc.onBehalf && UNFINISHED_WISH_STATUSES.includes(doc.status)) {
      const n = wishSlot.get(doc.wisherId) ?? 0
      wishSlot.set(doc.wisherId, n + 1)
      await takeSlotId(db, `wish:${doc.wisherId}:${n}`, id, now)
    }
    // A claim holds its slot until the wish is confirmed (a fulfilled one may come back).
    if ((doc.status === 'claimed' || doc.status === 'fulfilled') && doc.holder) {
      const key = holderKey(doc.holder)
      const n = claimSlot.get(key) ?? 0
      claimSlot.set(key, n + 1)
      await takeSlotId(db, `claim:${key}:${n}`, id, now)
    }
  }
}

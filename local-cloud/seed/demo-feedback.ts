// Demo ratings and complaints, so the shop pages, the committee's queues and a merchant's inbox
// have substance on first start: ~60 ratings (2 held as a burst), and complaints in every state of
// the loop with consistent timelines, written through the repositories with fixed ids, so an
// interrupted seed completes on the next start. Integrity is recomputed by the caller, not here.
import type { Database } from '../../server/kernel/database'
import {
  insertComplaint,
  NOT_YET_DECIDED,
  type ComplaintDoc,
  type TimelineDoc,
} from '../../server/repositories/complaints'
import { complaintLockId, takeComplaintLock } from '../../server/repositories/complaint-locks'
import { takeDailyLimit } from '../../server/repositories/rate-limits'
import { COMPLAINTS_PER_DAY, handlerLabel } from '../../types/complaint'
import { clauses } from '../../server/domain/timeline'
import { SEVERITY_LABELS, type Severity } from '../../types/integrity'
import { shanghaiDay, shanghaiMonth } from '../../types/shanghai-time'
import { putRating, ratingId, type RatingDoc } from '../../server/repositories/ratings'
import { encryptPhone } from '../../server/services/member-crypto'
import { maskName } from '../../types/masking'
import { RATING_TAGS } from '../../types/rating'
import { DEMO_MEMBERS, DEMO_SHOPS } from './demo-district'
import { once } from './once'
import { PERSONAS } from './personas'

const HOUR = 3600 * 1000
const DAY = 24 * HOUR

/** The demo raters: the shopper, the member personas and the demo members. */
const RATERS: { userId: string; nickname: string }[] = [
  ...PERSONAS.filter((p) => p.persona === 'shopper' || p.persona === 'member').map((p) => ({
    userId: `user-${p.persona}`,
    nickname: p.nickname,
  })),
  ...DEMO_MEMBERS.map((m) => ({ userId: m.userId, nickname: m.nickname })),
]

/** Shops with enough ratings to count; shop-021's are poor, so one shop shows a lower score. */
const RATED_SHOPS = [
  'shop-001',
  'shop-002',
  'shop-004',
  'shop-011',
  'shop-021',
  'shop-031',
  'shop-041',
  'shop-051',
]
const OCCASIONAL = ['shop-003', 'shop-005', 'shop-012', 'shop-022', 'shop-032', 'shop-042']
const GOOD_STARS = [5, 4, 5, 4, 5, 3, 5]
const POOR_STARS = [2, 3, 2, 1, 3, 2, 2]
const TEXTS = [
  '味道地道，分量足，老板很热情。',
  '价格公道，明码标价，放心。',
  '',
  '环境干净，服务周到。',
  '',
  '回头客了，一直很满意。',
  '',
]
const POOR_TEXTS = ['排队结账太慢。', '', '有过期商品，希望改进。', '', '', '', '']

function shopName(shopId: string): string {
  return DEMO_SHOPS.find((s) => s._id === shopId)?.name ?? shopId
}

export function demoRatings(now: Date): RatingDoc[] {
  const out: RatingDoc[] = []
  const rating = (
    shopId: string,
    rater: (typeof RATERS)[number],
    at: Date,
    stars: number,
    text: string,
    status: RatingDoc['status'],
  ) => {
    const month = shanghaiMonth(at)
    out.push({
      _id: ratingId(shopId, rater.userId, month),
      shopId,
      userId: rater.userId,
      month,
      stars,
      tags:
        stars >= 4 ? [RATING_TAGS[stars % 3]] : stars <= 2 ? [RATING_TAGS[5 + (stars % 3)]] : [],
      text,
      authorName: maskName(rater.nickname),
      status,
      createdAt: at,
      updatedAt: at,
    })
  }
  RATED_SHOPS.forEach((shopId, s) => {
    const poor = shopId === 'shop-021'
    for (let u = 0; u < 6; u++) {
      const at = new Date(now.getTime() - ((s + u) % 3) * 20 * DAY - (s * 6 + u + 1) * HOUR)
      const k = (s + u) % 7
      rating(
        shopId,
        RATERS[(s + u) % RATERS.length],
        at,
        poor ? POOR_STARS[k] : GOOD_STARS[k],
        poor ? POOR_TEXTS[k] : TEXTS[k],
        'public',
      )
    }
  })
  OCCASIONAL.forEach((shopId, i) => {
    const at = new Date(now.getTime() - (i + 2) * DAY)
    rating(shopId, RATERS[(i + 3) % RATERS.length], at, 4 + (i % 2), '', 'public')
  })
  // A burst against 红星饺子馆 waiting for the committee: the two raters it has not had yet.
  const heldBy = RATERS.filter((_, r) => ![1, 2, 3, 4, 5, 6].includes(r))
  heldBy.forEach((rater, i) => {
    rating('shop-002', rater, new Date(now.getTime() - (i + 1) * 60 * 1000), 1, '', 'held')
  })
  return out
}

type DemoComplaint = Pick<
  ComplaintDoc,
  'complainantId' | 'shopId' | 'category' | 'description' | 'anonymous'
> &
  Partial<ComplaintDoc> & { _id: string; at: Date }

function complaint(c: DemoComplaint): ComplaintDoc {
  const complainant = RATERS.find((r) => r.userId === c.complainantId)!
  return {
    shopName: shopName(c.shopId),
    complainantName: complainant.nickname,
    photos: [],
    contactCipher: null,
    ...NOT_YET_DECIDED,
    timeline: [],
    createdAt: c.at,
    updatedAt: c.at,
    ...c,
  }
}

/** Who acted for the committee and for the merchant, as the committee's view names them. */
const ACTING_NAME: Partial<Record<TimelineDoc['actor'], string>> = {
  committee: '王建国',
  merchant: '张志明',
}

/** Makes the timeline entries of one kind of actor. */
const entryBy =
  (actor: TimelineDoc['actor']) =>
  (at: Date, action: string, note: string): TimelineDoc => {
    const byName = ACTING_NAME[actor]
    return { at, actor, action, note, ...(byName ? { byName } : {}) }
  }
const byComplainant = entryBy('complainant')
const byCommittee = entryBy('committee')
const byMerchant = entryBy('merchant')
const bySystem = entryBy('system')
const filed = (at: Date, anonymous = false) =>
  byComplainant(at, '提交投诉', anonymous ? '匿名投诉' : '')

/** Who the demo complaints are handed to: the committee itself, a department, a merchant. */
type Handler = NonNullable<ComplaintDoc['handler']>
const COMMITTEE: Handler = { kind: 'committee', name: '商圈党委' }
const MARKET_BUREAU: Handler = { kind: 'department', name: '市场监管所' }
const NOODLE_SHOP: Handler = { kind: 'merchant', name: '老街口牛肉面' }

/** The committee's 受理投诉, naming the severity it set. */
const accepted = (at: Date, severity: Severity) =>
  byCommittee(at, '受理投诉', `定级：${SEVERITY_LABELS[severity]}`)
/** The committee's 交办, naming who handles the complaint. */
const assigned = (at: Date, handler: Handler) =>
  byCommittee(at, '交办', `承办：${handlerLabel(handler)}`)

export function demoComplaints(now: Date): ComplaintDoc[] {
  const ago = (days: number) => new Date(now.getTime() - days * DAY)
  return [
    complaint({
      _id: 'demo-complaint-submitted',
      complainantId: 'user-member-02',
      shopId: 'shop-012',
      category: 'price',
      description: '标价 89 元的童装结账时收了 99 元，店员说价签没换。',
      anonymous: true,
      at: ago(0.1),
      timeline: [
        filed(ago(0.1), true),
        {
          ...bySystem(ago(0.1), '匿名投诉登记', '投诉人：赵卫东（对商户和公众匿名）'),
          internal: true,
        },
      ],
    }),
    complaint({
      _id: 'demo-complaint-accepted',
      complainantId: 'user-member-03',
      shopId: 'shop-022',
      category: 'quality',
      description: '买到的酸奶已经过了保质期两天，货架上还有好几盒。',
      anonymous: false,
      contactCipher: encryptPhone('13900001111'),
      at: ago(1),
      status: 'accepted',
      severity: 'moderate',
      timeline: [filed(ago(1)), accepted(ago(0.8), 'moderate')],
    }),
    complaint({
      _id: 'demo-complaint-rejected',
      complainantId: 'user-member-04',
      shopId: 'shop-031',
      category: 'other',
      description: '店门口的共享单车停得太乱，影响通行，希望管一管。',
      anonymous: false,
      at: ago(6),
      status: 'rejected',
      closedAt: ago(5),
      timeline: [
        filed(ago(6)),
        byCommittee(ago(5), '不予受理', '单车停放由街道城管负责，已转告街道办。'),
      ],
    }),
    complaint({
      _id: 'demo-complaint-overdue',
      complainantId: 'user-member-05',
      shopId: 'shop-041',
      category: 'hygiene',
      description: '理发工具没有消毒就给下一位顾客用，毛巾也是反复使用的。',
      anonymous: false,
      at: ago(10),
      status: 'assigned',
      severity: 'moderate',
      handler: MARKET_BUREAU,
      deadline: ago(2),
      overdueNotified: true,
      timeline: [
        filed(ago(10)),
        accepted(ago(9.5), 'moderate'),
        assigned(ago(9), MARKET_BUREAU),
        bySystem(ago(2), '逾期提醒', '已超过办理期限，已提请商圈党委督办'),
      ],
    }),
    complaint({
      _id: 'demo-complaint-assigned',
      complainantId: 'user-member-06',
      shopId: 'shop-011',
      category: 'false_ad',
      description: '橱窗写着全场五折，进店后说只有角落几件打折。',
      anonymous: false,
      at: ago(2),
      status: 'assigned',
      severity: 'minor',
      handler: COMMITTEE,
      deadline: new Date(now.getTime() + 5 * DAY),
      timeline: [filed(ago(2)), accepted(ago(1.8), 'minor'), assigned(ago(1.7), COMMITTEE)],
    }),
    complaint({
      _id: 'demo-complaint-handled',
      complainantId: 'user-shopper',
      shopId: 'shop-001',
      category: 'service',
      description: '中午人多时店员催促顾客离座，语气很不客气。',
      anonymous: false,
      contactCipher: encryptPhone('13700002222'),
      at: ago(4),
      status: 'handled',
      severity: 'minor',
      handler: NOODLE_SHOP,
      deadline: ago(0.5),
      merchantReply: { text: '非常抱歉，已对店员进行批评教育，欢迎您再来监督。', at: ago(2) },
      result: '已与当班店员谈话，调整高峰期座位引导方式。',
      rectification: '高峰期增加一名引导员，张贴文明服务承诺。',
      upheld: true,
      upheldAt: ago(1),
      handledAt: ago(1),
      timeline: [
        filed(ago(4)),
        accepted(ago(3.8), 'minor'),
        assigned(ago(3.7), NOODLE_SHOP),
        byMerchant(ago(2), '商户回复', '非常抱歉，已对店员进行批评教育，欢迎您再来监督。'),
        byMerchant(
          ago(1),
          '办理完毕',
          clauses(
            '已与当班店员谈话，调整高峰期座位引导方式。',
            '整改：高峰期增加一名引导员，张贴文明服务承诺。',
          ),
        ),
      ],
    }),
    complaint({
      _id: 'demo-complaint-closed',
      complainantId: 'user-member',
      shopId: 'shop-002',
      category: 'hygiene',
      description: '后厨门口堆放垃圾，夏天气味很大，影响用餐。',
      anonymous: false,
      at: ago(30),
      status: 'closed',
      severity: 'minor',
      handler: COMMITTEE,
      deadline: ago(20),
      result: '已督促店家清理垃圾并签订门前三包责任书。',
      rectification: '垃圾每日两次清运。',
      upheld: true,
      upheldAt: ago(24),
      handledAt: ago(24),
      rectificationVerified: true,
      closedAt: ago(22),
      confirmation: { satisfied: true, rating: 5, comment: '处理很及时。', at: ago(22) },
      timeline: [
        filed(ago(30)),
        accepted(ago(29), 'minor'),
        assigned(ago(28), COMMITTEE),
        byCommittee(
          ago(24),
          '办理完毕',
          clauses('已督促店家清理垃圾并签订门前三包责任书。', '整改：垃圾每日两次清运。'),
        ),
        byComplainant(ago(22), '确认办结（满意）', '评分 5：处理很及时。'),
        byCommittee(ago(21), '整改已核实', ''),
      ],
    }),
  ]
}

const OPEN: ComplaintDoc['status'][] = ['submitted', 'accepted', 'assigned', 'handled']

/** Writes the demo ratings and complaints, with the locks and today's counters filing takes. */
export async function seedDemoFeedback(db: Database, now = new Date()): Promise<void> {
  for (const rating of demoRatings(now)) await putRating(db, rating)
  for (const doc of demoComplaints(now)) {
    await once(insertComplaint(db, doc))
    if (!OPEN.includes(doc.status)) continue
    const lock = { _id: complaintLockId(doc.complainantId, doc.shopId), complaintId: doc._id }
    const fresh = await takeComplaintLock(db, { ...lock, createdAt: doc.createdAt })
    if (fresh && shanghaiDay(doc.createdAt) === shanghaiDay(now))
      await takeDailyLimit(db, 'complaint', doc.complainantId, COMPLAINTS_PER_DAY, now)
  }
}

// The demo district seeded on first start, so a newcomer sees a living app: a named 商圈 with its
// committee and branches, 32 shops across categories and a user for every persona.
import {
  STANDARD_COMMITMENTS,
  type Commitment,
  type Honour,
  type ShopCategory,
  type ShopFields,
} from '../../types/shop'
import type { OrgKind, OrgLevel } from '../../types/org'

export const DEMO_DISTRICT = {
  _id: 'demo-district',
  name: '红星路商圈',
  committeeName: '红星路商圈联合党委',
  intro:
    '红星路商圈汇聚百货、美食、数码与生活服务商户，商圈联合党委以“寻党员、亮身份、诚信经营、服务群众”为抓手，打造红色商圈。',
}

export type DemoOrg = {
  _id: string
  parentId: string | null
  name: string
  level: OrgLevel
  kind: OrgKind | null
}

export const DEMO_ORGS: DemoOrg[] = [
  { _id: 'org-street', parentId: null, name: '红星街道党工委', level: 'street', kind: null },
  {
    _id: 'org-district',
    parentId: 'org-street',
    name: '红星路商圈联合党委',
    level: 'district',
    kind: null,
  },
  {
    _id: 'org-dept-store',
    parentId: 'org-district',
    name: '百货大楼联合党支部',
    level: 'branch',
    kind: '联合建',
  },
  {
    _id: 'org-food-street',
    parentId: 'org-district',
    name: '美食街党支部',
    level: 'branch',
    kind: '联合建',
  },
  {
    _id: 'org-digital',
    parentId: 'org-district',
    name: '数码城党支部',
    level: 'branch',
    kind: '挂靠建',
  },
  {
    _id: 'org-supermarket',
    parentId: 'org-district',
    name: '华联超市党支部',
    level: 'branch',
    kind: '单独建',
  },
]

const SHOP_NAMES: Record<ShopCategory, string[]> = {
  餐饮: ['老街口牛肉面', '红星饺子馆', '阿婆糖水铺', '川味小厨', '晨光早餐店', '渔家小馆'],
  服饰: ['衣尚时装', '童趣童装', '步步高鞋业', '丝路旗袍'],
  超市: ['华联超市红星店', '邻家便利店', '鲜果多水果行', '粮油副食批发部'],
  数码: ['星辰手机城', '极客电脑维修', '光影摄影器材'],
  美容美发: ['美丽人生发艺', '清颜美容院', '雅致美甲'],
  生活服务: ['红星家政服务部', '快捷干洗店', '平安药房', '诚信眼镜店', '老李修表铺'],
  教育培训: ['墨香书法培训', '启航英语', '小太阳绘画'],
  其他: ['百花花店', '福满堂茶叶', '红星文具店', '乐器行'],
}

const STREETS = ['红星路 18 号', '红星路 26 号', '红星路 40 号', '人民街 9 号', '人民街 15 号']

/** A demo shop: what the committee enters (ShopFields), what its merchant adds, its branch. */
export type DemoShop = ShopFields & {
  _id: string
  category: ShopCategory
  description: string
  hours: string
  orgId: string
  commitments: Commitment[]
}

const BRANCH_BY_CATEGORY: Record<ShopCategory, string> = {
  餐饮: 'org-food-street',
  服饰: 'org-dept-store',
  超市: 'org-supermarket',
  数码: 'org-digital',
  美容美发: 'org-dept-store',
  生活服务: 'org-dept-store',
  教育培训: 'org-dept-store',
  其他: 'org-dept-store',
}

export const DEMO_SHOPS: DemoShop[] = Object.entries(SHOP_NAMES).flatMap(([category, names], c) =>
  names.map((name, i) => {
    const n = c * 10 + i + 1
    return {
      _id: `shop-${String(n).padStart(3, '0')}`,
      name,
      category: category as ShopCategory,
      address: `${STREETS[n % STREETS.length]}`,
      floorUnit: `${(n % 4) + 1} 层 ${String(100 + n)} 室`,
      licenceNo: `91370100MA${String(1000000 + n * 7919).slice(-7)}X`,
      contactName: `${'赵钱孙李周吴郑王'[n % 8]}经理`,
      contactPhone: `1380000${String(1000 + n).slice(-4)}`,
      description: `${name}，红星路商圈${category}商户，诚信经营、明码标价。`,
      hours: category === '餐饮' ? '07:00-21:30' : '09:00-21:00',
      orgId: BRANCH_BY_CATEGORY[category as ShopCategory],
      // Most shops have posted some standard commitments (亮承诺); a few have not yet.
      commitments: STANDARD_COMMITMENTS.slice(0, n % 4).map((text) => ({ text, standard: true })),
    }
  }),
)

/** Demo members besides the personas (their registrations are in demo-members.ts). */
export const DEMO_MEMBERS = [
  { userId: 'user-member-02', openid: 'demo-member-02', nickname: '赵卫东' },
  { userId: 'user-member-03', openid: 'demo-member-03', nickname: '孙丽' },
  { userId: 'user-member-04', openid: 'demo-member-04', nickname: '周强' },
  { userId: 'user-member-05', openid: 'demo-member-05', nickname: '吴芳' },
  { userId: 'user-member-06', openid: 'demo-member-06', nickname: '郑磊' },
  { userId: 'user-member-07', openid: 'demo-member-07', nickname: '冯静' },
]

/** Honours the committee has awarded in the demo district. */
export const DEMO_HONOURS: Record<string, Honour[]> = {
  'shop-001': ['党员示范店', '星级党员商户'],
  'shop-004': ['党员先锋岗'],
  'shop-011': ['党员示范店'],
  'shop-021': ['党员示范店', '星级党员商户'],
  'shop-051': ['党员示范店'],
  'shop-031': ['星级党员商户'],
}

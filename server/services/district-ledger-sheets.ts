// The sheets 党建台账 adds to the member, wish and volunteer ledgers: the period's figures, coverage
// per branch, every shop with its integrity, and the complaints filed in the period.
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES, handlerLabel } from '../../types/complaint'
import { INTEGRITY_LEVEL_LABELS, SEVERITY_LABELS } from '../../types/integrity'
import { WISH_FUNNEL_LABELS, type DashboardFigures } from '../../types/dashboard'
import { formatShanghai } from '../../types/shanghai-time'
import { SHOP_SHEET_COLUMNS } from '../../types/shop'
import type { ComplaintDoc } from '../repositories/complaints'
import type { ShopDoc } from '../repositories/shops'

const DAY_MS = 24 * 3600 * 1000
const when = (d: Date | string | null | undefined) => (d ? formatShanghai(d) : '')
const percent = (rate: number) => `${rate}%`

export const SUMMARY_COLUMNS = { item: '指标', value: '数值' } as const

/** The period's figures as 指标 / 数值 rows, the same numbers the dashboard shows. */
export function summaryRows(f: DashboardFigures): { item: string; value: string | number }[] {
  const verifiedTotal = f.members.trend[f.members.trend.length - 1]?.total ?? 0
  const rows: [string, string | number][] = [
    ['统计期间', f.period.label],
    ['新登记党员（名）', f.members.found],
    ['新认证党员（名）', f.members.verified],
    ['认证党员累计（名）', verifiedTotal],
    ['党的工作覆盖率', percent(f.coverage.rate)],
    ['覆盖店铺 / 营业店铺（家）', `${f.coverage.covered} / ${f.coverage.shops}`],
    ...f.integrity.map(({ level, shops }): [string, number] => [
      `${INTEGRITY_LEVEL_LABELS[level]}店铺（家）`,
      shops,
    ]),
    ['收到投诉（件）', f.complaints.total],
    ['已办理投诉（件）', f.complaints.handled],
    ['办理用时中位数（天）', f.complaints.medianDays ?? '—'],
    ['超期投诉（件）', f.complaints.overdue],
    ['超期占比', percent(f.complaints.overdueShare)],
    ...(Object.keys(WISH_FUNNEL_LABELS) as (keyof typeof WISH_FUNNEL_LABELS)[]).map(
      (step): [string, number] => [`心愿${WISH_FUNNEL_LABELS[step]}（个）`, f.wishes[step]],
    ),
    ['志愿服务活动（场）', f.volunteering.activities],
    ['志愿服务时长（小时）', f.volunteering.hours],
  ]
  return rows.map(([item, value]) => ({ item, value }))
}

export const COVERAGE_COLUMNS = {
  name: '支部',
  shops: '营业店铺（家）',
  covered: '有认证党员的店铺（家）',
  rate: '覆盖率',
  members: '认证党员（名）',
} as const

export function coverageRows(f: DashboardFigures) {
  return f.coverage.branches.map((b) => ({ ...b, rate: percent(b.rate) }))
}

/** The shop sheet's own columns (as imported), then what the district knows of the shop. */
export const SHOP_LEDGER_COLUMNS = {
  ...SHOP_SHEET_COLUMNS,
  status: '状态',
  branch: '所属支部',
  level: '诚信等级',
  score: '诚信积分',
  stars: '星级',
  rating: '顾客评分',
  honours: '荣誉',
  commitments: '亮承诺（条）',
  members: '认证党员（名）',
} as const

/** A shop's ledger row; `names` resolves org ids, `members` counts verified members per shop. */
export function shopLedgerRow(
  s: ShopDoc,
  names: Map<string, string>,
  members: Map<string, number>,
) {
  return {
    name: s.name,
    category: s.category,
    address: s.address,
    floorUnit: s.floorUnit,
    licenceNo: s.licenceNo,
    contactName: s.contactName,
    contactPhone: s.contactPhone,
    status: s.status === 'open' ? '营业' : '暂停',
    branch: (s.orgId && names.get(s.orgId)) || '',
    level: INTEGRITY_LEVEL_LABELS[s.integrity.level],
    score: s.integrity.score,
    stars: s.integrity.stars,
    rating: s.ratingCount ? `${s.ratingAverage}（${s.ratingCount} 人）` : '',
    honours: s.honours.join('、'),
    commitments: s.commitments.length,
    members: members.get(s._id) ?? 0,
  }
}

export const COMPLAINT_LEDGER_COLUMNS = {
  id: '编号',
  shop: '店铺',
  category: '类别',
  severity: '严重程度',
  status: '状态',
  filedAt: '投诉时间',
  handler: '承办',
  deadline: '办理期限',
  handledAt: '办理时间',
  days: '用时（天）',
  overdue: '是否超期',
  upheld: '是否属实',
  result: '办理结果',
  rectification: '整改情况',
  satisfaction: '投诉人评价',
} as const

/** A complaint's ledger row; overdue as the dashboard counts it (handled late, or open past it). */
export function complaintLedgerRow(c: ComplaintDoc, now: Date) {
  const handledAt = c.handledAt ? new Date(c.handledAt) : null
  const deadline = c.deadline ? new Date(c.deadline) : null
  const overdue = deadline !== null && (handledAt ?? now) > deadline
  return {
    id: c._id,
    shop: c.shopName,
    category: COMPLAINT_CATEGORIES[c.category],
    severity: c.severity ? SEVERITY_LABELS[c.severity] : '',
    status: COMPLAINT_STATUSES[c.status],
    filedAt: when(c.createdAt),
    handler: c.handler ? handlerLabel(c.handler) : '',
    deadline: when(deadline),
    handledAt: when(handledAt),
    days: handledAt
      ? Math.floor((handledAt.getTime() - new Date(c.createdAt).getTime()) / (DAY_MS / 10)) / 10
      : '',
    overdue: overdue ? '是' : '否',
    upheld: c.upheld === null ? '' : c.upheld ? '属实' : '不属实',
    result: c.result ?? '',
    rectification: c.rectification ?? '',
    satisfaction: c.confirmation
      ? `${c.confirmation.satisfied ? '满意' : '不满意'}（${c.confirmation.rating} 星）`
      : '',
  }
}

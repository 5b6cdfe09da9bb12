// 心愿台账: the committee's ledger of every submitted wish, one row each, with its whole timeline
// joined as lines in the last column (one sheet keeps it sortable and filterable in Excel).
import { HOLDER_KIND_LABELS, WISH_CATEGORIES, WISH_STATUSES } from '../../types/wish'
import { formatShanghai } from '../../types/shanghai-time'
import type { WishDoc } from '../repositories/wishes'
import { writeSheet } from './spreadsheet'

export const WISH_LEDGER_COLUMNS = {
  id: '编号',
  title: '心愿',
  category: '类别',
  status: '状态',
  wisher: '心愿人',
  source: '来源',
  place: '地点',
  holder: '认领/承接',
  submittedAt: '提交时间',
  approvedAt: '上墙时间',
  claimedAt: '认领时间',
  fulfilledAt: '实现时间',
  confirmedAt: '确认时间',
  rating: '评分',
  thanks: '感谢语',
  timeline: '时间线',
} as const

type Column = keyof typeof WISH_LEDGER_COLUMNS

const when = (d: Date | string | null) => (d ? formatShanghai(d) : '')

export function wishLedgerRow(doc: WishDoc): Record<Column, string | number> {
  const place = !doc.place ? '' : doc.place.kind === 'area' ? doc.place.area : doc.place.shopName
  return {
    id: doc._id,
    title: doc.title,
    category: doc.category ? WISH_CATEGORIES[doc.category] : '',
    status: WISH_STATUSES[doc.status],
    wisher: doc.wisherName,
    source: doc.onBehalf ? `代录：${doc.onBehalf.source}` : '本人提交',
    place,
    holder: doc.holder ? `${HOLDER_KIND_LABELS[doc.holder.kind]} ${doc.holder.name}` : '',
    submittedAt: when(doc.submittedAt),
    approvedAt: when(doc.approvedAt),
    claimedAt: when(doc.claimedAt),
    fulfilledAt: when(doc.fulfilledAt),
    confirmedAt: when(doc.confirmedAt),
    rating: doc.confirmation?.rating ?? '',
    thanks: doc.confirmation?.thanks ?? '',
    timeline: doc.timeline
      .map(
        (e) =>
          `${when(e.at)} ${e.action}${e.byName ? `（${e.byName}）` : ''}${e.note ? `：${e.note}` : ''}`,
      )
      .join('\n'),
  }
}

export function writeWishLedger(docs: WishDoc[]): Promise<Buffer> {
  return writeSheet('心愿台账', WISH_LEDGER_COLUMNS, docs.map(wishLedgerRow))
}

import { Text, View } from '@tarojs/components'
import { WISH_CATEGORIES, type WishSummary } from '../../../../types/wish'
import { formatShanghai } from '../../../../types/shanghai-time'
import { holderLabel } from '../../../components/WishCard'
import { WishStatusTag } from '../../../components/WishStatusTag'
import { ConsoleRow, RowHead } from '../ConsoleRow'
import { adminWishUrl } from '../../routes'
import { WishSuggestions } from '../WishSuggestions'
import './WishQueueRow.scss'

export type WishQueueRowProps = {
  wish: WishSummary
  /** The dispatch board shows the resources that could serve each wish. */
  withSuggestions?: boolean
  /** What the row offers on its link: 审核, 派单, 查看. */
  actionLabel: string
}

/** One wish in the console's queue: what, where, who holds it, and its deadline flag. */
export function WishQueueRow({ wish, withSuggestions = false, actionLabel }: WishQueueRowProps) {
  return (
    <ConsoleRow
      block="wish-row"
      data={{ 'wish-id': wish.wishId, status: wish.status }}
      alert={wish.overdue ? 'overdue' : undefined}
      url={adminWishUrl(wish.wishId)}
      open={actionLabel}
      main={
        <>
          <RowHead block="wish-row" title={wish.title} category={WISH_CATEGORIES[wish.category]}>
            <WishStatusTag status={wish.status} overdue={wish.overdue} />
          </RowHead>
          <Text className="console-table__muted">
            {formatShanghai(wish.createdAt)} · {wish.wisher}
            {wish.place ? ` · ${wish.place}` : ''}
            {wish.wantedBy ? ` · 希望 ${wish.wantedBy} 前` : ''}
          </Text>
          {withSuggestions ? (
            <View className="wish-row__suggestions">
              <Text className="wish-row__label">可用资源</Text>
              <WishSuggestions wishId={wish.wishId} />
            </View>
          ) : null}
        </>
      }
    >
      <View className="console-table__facts wish-row__holder">
        {wish.holder ? (
          <Text className="wish-row__holder-name">{holderLabel(wish.holder)}</Text>
        ) : (
          <Text className="console-table__muted">无人认领</Text>
        )}
        {wish.overdue ? <Text className="console-table__alert wish-row__overdue">逾期</Text> : null}
      </View>
    </ConsoleRow>
  )
}

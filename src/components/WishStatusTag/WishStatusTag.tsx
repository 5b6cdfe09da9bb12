import { Text } from '@tarojs/components'
import { WISH_STATUSES, type WishStatus } from '../../../types/wish'
import './WishStatusTag.scss'

export type WishStatusTagProps = { status: WishStatus; overdue?: boolean }

/** Where a wish stands (待审核 … 已实现), and 已逾期 when flagged overdue. */
export function WishStatusTag({ status, overdue = false }: WishStatusTagProps) {
  return (
    <Text className={`wish-status wish-status--${status}`} data-status={status}>
      {WISH_STATUSES[status]}
      {overdue ? <Text className="wish-status__overdue">已逾期</Text> : null}
    </Text>
  )
}

import { WISH_STATUSES, type WishStatus } from '../../../types/wish'
import { StatusTag } from '../StatusTag'
import './WishStatusTag.scss'

export type WishStatusTagProps = { status: WishStatus; overdue?: boolean }

/** Where a wish stands (待审核 … 已实现), and 已逾期 when flagged overdue. */
export function WishStatusTag(props: WishStatusTagProps) {
  return <StatusTag block="wish-status" labels={WISH_STATUSES} {...props} />
}

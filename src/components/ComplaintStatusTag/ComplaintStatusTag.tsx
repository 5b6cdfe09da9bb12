import { Text } from '@tarojs/components'
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../../types/complaint'
import './ComplaintStatusTag.scss'

export type ComplaintStatusTagProps = { status: ComplaintStatus; overdue?: boolean }

/** Where a complaint stands (待受理 … 已办结), and 已逾期 when past its deadline. */
export function ComplaintStatusTag({ status, overdue = false }: ComplaintStatusTagProps) {
  return (
    <Text className={`complaint-status complaint-status--${status}`} data-status={status}>
      {COMPLAINT_STATUSES[status]}
      {overdue ? <Text className="complaint-status__overdue">已逾期</Text> : null}
    </Text>
  )
}

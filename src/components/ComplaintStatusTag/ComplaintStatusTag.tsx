import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../../types/complaint'
import { StatusTag } from '../StatusTag'
import './ComplaintStatusTag.scss'

export type ComplaintStatusTagProps = { status: ComplaintStatus; overdue?: boolean }

/** Where a complaint stands (待受理 … 已办结), and 已逾期 when past its deadline. */
export function ComplaintStatusTag(props: ComplaintStatusTagProps) {
  return <StatusTag block="complaint-status" labels={COMPLAINT_STATUSES} {...props} />
}

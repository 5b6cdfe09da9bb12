import { Text, View } from '@tarojs/components'
import { COMPLAINT_CATEGORIES } from '../../../types/complaint'
import type { ComplaintView } from '../../../types/complaint'
import { formatShanghai } from '../../../types/shanghai-time'
import { ComplaintStatusTag } from '../ComplaintStatusTag'
import './ComplaintCard.scss'

export type ComplaintCardProps = {
  complaint: ComplaintView
  /** Shows the complainant (for the merchant, who never learns who complained: 顾客) instead of the shop. */
  showComplainant?: boolean
  onOpen?: (complaintId: string) => void
}

/** One complaint in a list: shop or complainant, category, status and the start of the text. */
export function ComplaintCard({ complaint, showComplainant = false, onOpen }: ComplaintCardProps) {
  return (
    <View
      className="complaint-card"
      data-complaint-id={complaint.complaintId}
      onClick={onOpen ? () => onOpen(complaint.complaintId) : undefined}
    >
      <View className="complaint-card__head">
        <Text className="complaint-card__title">
          {showComplainant ? complainantLabel(complaint) : complaint.shopName}
        </Text>
        <ComplaintStatusTag status={complaint.status} overdue={complaint.overdue} />
      </View>
      <Text className="complaint-card__category">
        {COMPLAINT_CATEGORIES[complaint.category]} · {formatShanghai(complaint.createdAt)}
      </Text>
      <Text className="complaint-card__description">{complaint.description}</Text>
    </View>
  )
}

/** Who complained, as this viewer may know it (the merchant never does). */
export function complainantLabel(complaint: ComplaintView): string {
  if (complaint.complainant)
    return complaint.anonymous ? `${complaint.complainant}（匿名）` : complaint.complainant
  return complaint.anonymous ? '匿名用户' : '顾客（身份保密）'
}

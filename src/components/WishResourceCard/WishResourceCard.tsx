import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { RESOURCE_STATUSES } from '../../../types/resource'
import { WISH_CATEGORIES } from '../../../types/wish'
import type { ResourceView } from '../../../types/resource'
import { holderLabel } from '../WishCard'
import { StatusTag } from '../StatusTag'
import './WishResourceCard.scss'

export type WishResourceCardProps = {
  resource: ResourceView
  /** Shows the review status and note (the owner's and the committee's lists). */
  showStatus?: boolean
  /** Buttons at the foot, e.g. 撤回. */
  actions?: ReactNode
}

/** One offer on 资源清单: what, by whom, where, how many a month and until when. */
export function WishResourceCard({
  resource: r,
  showStatus = false,
  actions,
}: WishResourceCardProps) {
  return (
    <View className="resource-card" data-resource-id={r.resourceId}>
      <View className="resource-card__head">
        <Text className="resource-card__title">{r.title}</Text>
        {showStatus ? (
          <StatusTag block="resource-status" status={r.status} labels={RESOURCE_STATUSES} />
        ) : null}
      </View>
      <Text className="resource-card__meta">
        {WISH_CATEGORIES[r.category]} · {holderLabel(r.owner)}
      </Text>
      <Text className="resource-card__description">{r.description}</Text>
      <Text className="resource-card__line">
        服务区域：{r.areas.length ? r.areas.join('、') : '全商圈'}
      </Text>
      <Text className="resource-card__line resource-card__capacity">
        每月 {r.capacityPerMonth} 次 · 本月已用 {r.usedThisMonth} 次 · 累计服务 {r.served} 次
      </Text>
      {r.conditions ? <Text className="resource-card__line">条件：{r.conditions}</Text> : null}
      <Text className="resource-card__line">有效期至 {r.validUntil}</Text>
      {showStatus && r.reviewNote ? (
        <Text className="resource-card__note">审核意见：{r.reviewNote}</Text>
      ) : null}
      {actions ? <View className="resource-card__actions">{actions}</View> : null}
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import {
  HOLDER_KIND_LABELS,
  WISH_CATEGORIES,
  type WishHolder,
  type WishSummary,
} from '../../../types/wish'
import { StoredImage } from '../StoredImage'
import { WishStatusTag } from '../WishStatusTag'
import './WishCard.scss'

export type WishCardProps = {
  wish: WishSummary
  onOpen?: (wishId: string) => void
}

/** One wish in a list: title, category, status, the masked wisher, where and by when; once done, the thanks. */
export function WishCard({ wish, onOpen }: WishCardProps) {
  return (
    <View
      className="wish-card"
      data-wish-id={wish.wishId}
      onClick={onOpen ? () => onOpen(wish.wishId) : undefined}
    >
      <View className="wish-card__main">
        <View className="wish-card__text">
          <View className="wish-card__head">
            <Text className="wish-card__title">{wish.title}</Text>
            <WishStatusTag status={wish.status} overdue={wish.overdue} />
          </View>
          <Text className="wish-card__meta">
            <Text className="wish-card__category">{WISH_CATEGORIES[wish.category]}</Text>
            {' · 心愿人 '}
            <Text className="wish-card__wisher">{wish.wisher}</Text>
          </Text>
          {wish.place ? <Text className="wish-card__place">地点：{wish.place}</Text> : null}
          {wish.wantedBy ? (
            <Text className="wish-card__wanted-by">希望在 {wish.wantedBy} 前实现</Text>
          ) : null}
        </View>
        {wish.photo ? <StoredImage className="wish-card__photo" fileId={wish.photo} /> : null}
      </View>
      {wish.holder ? (
        <Text className="wish-card__holder">认领：{holderLabel(wish.holder)}</Text>
      ) : null}
      {wish.thanks ? <Text className="wish-card__thanks">“{wish.thanks}”</Text> : null}
    </View>
  )
}

/** Who holds a wish, e.g. 党员 · 陈* or 商户 · 阿婆糖水铺. */
export function holderLabel(holder: WishHolder): string {
  return `${HOLDER_KIND_LABELS[holder.kind]} · ${holder.name}`
}

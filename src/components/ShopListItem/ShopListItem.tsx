import { Text, View } from '@tarojs/components'
import type { ShopSummary } from '../../services/shop'
import './ShopListItem.scss'

export type ShopListItemProps = { shop: ShopSummary; onOpen: (shopId: string) => void }

/** One shop in a list: name, category and where it is; tapping opens its card. */
export function ShopListItem({ shop, onOpen }: ShopListItemProps) {
  return (
    <View
      className="shop-list__item"
      data-shop-id={shop.shopId}
      onClick={() => onOpen(shop.shopId)}
    >
      <View className="shop-list__main">
        <Text className="shop-list__name">{shop.name}</Text>
        <Text className="shop-list__floor">{shop.floorUnit}</Text>
      </View>
      <Text className="shop-list__category">{shop.category}</Text>
    </View>
  )
}

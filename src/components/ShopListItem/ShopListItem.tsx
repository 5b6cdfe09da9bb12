import { Text, View } from '@tarojs/components'
import type { ShopSummary } from '../../../types/shop'
import { HonourTags } from '../HonourTags'
import { LevelDot, starText } from '../IntegrityBadge'
import './ShopListItem.scss'

export type ShopListItemProps = { shop: ShopSummary; onOpen: (shopId: string) => void }

/** One shop in a list: name, where it is, its integrity stars and level, honours; tap to open. */
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
        <View className="shop-list__integrity">
          <LevelDot level={shop.level} />
          <Text className="shop-list__stars">{starText(shop.stars)}</Text>
        </View>
        <HonourTags honours={shop.honours} size="small" />
      </View>
      <Text className="shop-list__category">{shop.category}</Text>
    </View>
  )
}

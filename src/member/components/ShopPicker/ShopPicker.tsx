import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { SearchBar } from '../../../components/SearchBar'
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import './ShopPicker.scss'

const RESULTS = 8

export type PickedShop = { shopId: string; name: string }

export type ShopPickerProps = {
  /** Block class for tests, e.g. `register-shop` gives `.register-shop .shop-picker__item`. */
  name: string
  value: PickedShop | null
  onChange: (shop: PickedShop) => void
}

/** Picks a district shop: search by name, tap a result; shows the picked shop with “更换”. */
export function ShopPicker({ name, value, onChange }: ShopPickerProps) {
  const [open, setOpen] = useState(!value)
  const [keyword, setKeyword] = useState('')
  const shops = useRemoteData(
    () => api.shop.list({ keyword: keyword || undefined, page: 1, pageSize: RESULTS }),
    [keyword],
    open,
  )

  const pick = (shop: PickedShop) => {
    onChange(shop)
    setOpen(false)
  }

  return (
    <View className={`shop-picker ${name}`}>
      {value ? (
        <View className="shop-picker__picked" data-shop-id={value.shopId}>
          <Text className="shop-picker__picked-name">{value.name}</Text>
          {!open ? (
            <Text className="shop-picker__change" onClick={() => setOpen(true)}>
              更换
            </Text>
          ) : null}
        </View>
      ) : null}
      {open ? (
        <View className="shop-picker__panel">
          <SearchBar
            className="shop-picker__bar"
            inputClassName="shop-picker__input"
            buttonClassName="shop-picker__search"
            placeholder="搜索店铺名称"
            onSearch={setKeyword}
          />
          {shops.loading ? <LoadingState /> : null}
          {shops.error ? <ErrorState message={shops.error.message} onRetry={shops.reload} /> : null}
          {!shops.loading && shops.data && shops.data.list.length === 0 ? (
            <EmptyState text="没有找到店铺" hint="换个关键词试试" />
          ) : null}
          {!shops.loading && shops.data
            ? shops.data.list.map((shop) => (
                <View
                  key={shop.shopId}
                  className={`shop-picker__item${value?.shopId === shop.shopId ? ' shop-picker__item--active' : ''}`}
                  data-shop-id={shop.shopId}
                  onClick={() => pick({ shopId: shop.shopId, name: shop.name })}
                >
                  <Text className="shop-picker__item-name">{shop.name}</Text>
                  <Text className="shop-picker__item-floor">{shop.floorUnit}</Text>
                </View>
              ))
            : null}
          {value ? (
            <Text className="shop-picker__cancel" onClick={() => setOpen(false)}>
              收起
            </Text>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}

import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { PageShell } from '../../components/PageShell'
import { ErrorState, LoadingState } from '../../components/StateViews'
import { useRemoteData } from '../../hooks/use-remote-data'
import { ApiError } from '../../services/api-error'
import { getShop } from '../../services/shop'
import { ROUTES } from '../../constants/routes'
import { readParam } from '../../utils/params'
import './index.scss'

/** What a shopper reads for each way the card can fail to load. */
function shopErrorMessage(error: ApiError): string {
  if (error.code === 'NOT_FOUND') return '店铺不存在或已停业'
  if (error.code === 'VALIDATION') return '店铺编号不正确，请重新扫码'
  return error.message
}

export default function ShopPage() {
  const { params } = useRouter()
  const shopId = readParam(params.id)
  const shop = useRemoteData(
    () => (shopId ? getShop(shopId) : Promise.reject(new ApiError('VALIDATION', '缺少店铺编号'))),
    [shopId],
  )

  useEffect(() => {
    if (shop.data) Taro.setNavigationBarTitle({ title: shop.data.name })
  }, [shop.data])

  const retryable = shop.error && !['NOT_FOUND', 'VALIDATION'].includes(shop.error.code)

  return (
    <PageShell className="shop-page">
      {shop.loading ? <LoadingState /> : null}
      {shop.error ? (
        <View className="shop-page__error">
          <ErrorState
            code={shop.error.code}
            message={shopErrorMessage(shop.error)}
            onRetry={retryable ? shop.reload : undefined}
          />
          <Button
            className="shop-page__home"
            type="primary"
            onClick={() => Taro.reLaunch({ url: ROUTES.home })}
          >
            返回商圈首页
          </Button>
        </View>
      ) : null}
      {shop.data ? (
        <View className="card shop-card">
          <View className="shop-card__head">
            <Text className="shop-card__name">{shop.data.name}</Text>
            <Text className="shop-card__category">{shop.data.category}</Text>
          </View>
          {shop.data.status === 'suspended' ? (
            <Text className="shop-card__suspended">暂停营业</Text>
          ) : null}
          <View className="shop-card__row">
            <Text className="shop-card__label">位置</Text>
            <Text className="shop-card__value shop-card__floor">{shop.data.floorUnit}</Text>
          </View>
          <View className="shop-card__row">
            <Text className="shop-card__label">地址</Text>
            <Text className="shop-card__value shop-card__address">{shop.data.address}</Text>
          </View>
          <View className="shop-card__row">
            <Text className="shop-card__label">营业时间</Text>
            <Text className="shop-card__value shop-card__hours">{shop.data.hours}</Text>
          </View>
          {shop.data.description ? (
            <View className="shop-card__description">
              <Text className="shop-card__label">店铺介绍</Text>
              <Text className="shop-card__text">{shop.data.description}</Text>
            </View>
          ) : null}
        </View>
      ) : null}
    </PageShell>
  )
}

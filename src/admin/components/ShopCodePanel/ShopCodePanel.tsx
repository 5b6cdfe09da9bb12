import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ErrorState, LoadingState } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { getShopCode, type AdminShop } from '../../../services/shop'
import { saveImage } from '../../../services/files'
import { AdminPanel } from '../AdminPanel'
import './ShopCodePanel.scss'

export type ShopCodePanelProps = { shop: AdminShop; onClose: () => void }

/** The shop's signed code (二维码) with its h5 address, and its picture to save and print. */
export function ShopCodePanel({ shop, onClose }: ShopCodePanelProps) {
  const code = useRemoteData(() => getShopCode(shop.shopId), [shop.shopId])
  const save = useAction(saveImage)

  return (
    <AdminPanel name="shop-code-panel" title="店铺二维码" subtitle={shop.name} onClose={onClose}>
      {code.loading ? <LoadingState /> : null}
      {code.error ? <ErrorState message={code.error.message} onRetry={code.reload} /> : null}
      {code.data ? (
        <View className="shop-code-panel__content">
          <Image className="shop-code-panel__image" src={code.data.imageDataUrl} mode="aspectFit" />
          <Text
            className="shop-code-panel__url"
            onClick={() => Taro.setClipboardData({ data: code.data?.url ?? '' })}
          >
            {code.data.url}
          </Text>
          <Text className="shop-code-panel__hint">
            点击地址可复制；二维码带防伪签名，请勿修改。
          </Text>
        </View>
      ) : null}
      <View className="admin-panel__actions">
        <Button
          className="shop-code-panel__save"
          size="small"
          type="primary"
          disabled={!code.data}
          loading={save.pending}
          onClick={() => code.data && save.run(code.data.imageDataUrl, `${shop.name}-二维码.png`)}
        >
          保存二维码图片
        </Button>
      </View>
    </AdminPanel>
  )
}

import { Image, Text, View } from '@tarojs/components'
import type { AdminShop } from '../../../../types/shop'
import { Button } from '@nutui/nutui-react-taro'
import { CopyableText } from '../../../components/CopyableText'
import { LoadStates } from '../../../components/StateViews'
import { POSTER_SIZES, useShopCode } from '../../../hooks/use-shop-code'
import { AdminPanel } from '../AdminPanel'
import './ShopCodePanel.scss'

export type ShopCodePanelProps = { shop: AdminShop; onClose: () => void }

/** The shop's signed code (二维码) with its h5 address, its picture, and print-ready posters. */
export function ShopCodePanel({ shop, onClose }: ShopCodePanelProps) {
  const { code, image: save, poster } = useShopCode(shop.shopId)

  return (
    <AdminPanel name="shop-code-panel" title="二维码与海报" subtitle={shop.name} onClose={onClose}>
      <LoadStates loaded={code} />
      {code.data ? (
        <View className="shop-code-panel__content">
          <Image className="shop-code-panel__image" src={code.data.imageDataUrl} mode="aspectFit" />
          <CopyableText className="shop-code-panel__url" text={code.data.url} />
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
        {POSTER_SIZES.map((size) => (
          <Button
            key={size}
            className={`shop-code-panel__poster shop-code-panel__poster--${size}`}
            size="small"
            type="primary"
            fill="outline"
            loading={poster.pending}
            onClick={() => poster.run(shop.shopId, size)}
          >
            下载 {size} 海报
          </Button>
        ))}
      </View>
    </AdminPanel>
  )
}

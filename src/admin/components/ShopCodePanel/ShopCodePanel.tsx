import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import {
  downloadPoster,
  getShopCode,
  type AdminShop,
  type PosterSize,
} from '../../../services/shop'
import { saveDocument, saveImage } from '../../../services/files'
import { AdminPanel } from '../AdminPanel'
import './ShopCodePanel.scss'

const SIZES: PosterSize[] = ['A5', 'A4']

async function savePoster(shopId: string, size: PosterSize): Promise<void> {
  await saveDocument(await downloadPoster(shopId, size), 'pdf')
}

export type ShopCodePanelProps = { shop: AdminShop; onClose: () => void }

/** The shop's signed code (二维码) with its h5 address, its picture, and print-ready posters. */
export function ShopCodePanel({ shop, onClose }: ShopCodePanelProps) {
  const code = useRemoteData(() => getShopCode(shop.shopId), [shop.shopId])
  const save = useAction(saveImage)
  const poster = useAction(savePoster)

  return (
    <AdminPanel name="shop-code-panel" title="二维码与海报" subtitle={shop.name} onClose={onClose}>
      <LoadStates loaded={code} />
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
        {SIZES.map((size) => (
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

import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { PageShell } from '../../../components/PageShell'
import { RemoteStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useShopParam } from '../../../hooks/use-shop-param'
import { downloadPoster, getShopCode, type PosterSize } from '../../../services/shop'
import { saveDocument, saveImage } from '../../../services/files'
import { ROUTES } from '../../../constants/routes'
import './index.scss'

async function savePoster(shopId: string, size: PosterSize): Promise<void> {
  await saveDocument(await downloadPoster(shopId, size), 'pdf')
}

export default function ShopCodePage() {
  const { shopId, signedIn } = useShopParam(ROUTES.merchantShopCode)
  const code = useRemoteData(() => getShopCode(shopId), [shopId], signedIn)
  const save = useAction(saveImage)
  const poster = useAction(savePoster)

  if (!signedIn) return <PageShell className="shop-code" />
  return (
    <PageShell className="shop-code">
      <RemoteStates of={code} />
      {code.data ? (
        <View className="card shop-code__card">
          <Image className="shop-code__image" src={code.data.imageDataUrl} mode="aspectFit" />
          <Text className="shop-code__caption">扫码查看诚信档案、监督投诉</Text>
          <Text
            className="shop-code__url"
            onClick={() => Taro.setClipboardData({ data: code.data?.url ?? '' })}
          >
            {code.data.url}
          </Text>
          <Text className="shop-code__hint">
            二维码带有防伪签名，请勿自行修改；打印后张贴在收银台等顾客易见处。
          </Text>
          <Button
            className="shop-code__save"
            type="primary"
            block
            loading={save.pending}
            onClick={() =>
              code.data && save.run(code.data.imageDataUrl, `店铺二维码-${shopId}.png`)
            }
          >
            保存二维码图片
          </Button>
          {(['A5', 'A4'] as const).map((size) => (
            <Button
              key={size}
              className={`shop-code__poster shop-code__poster--${size}`}
              type="primary"
              fill="outline"
              block
              loading={poster.pending}
              onClick={() => poster.run(shopId, size)}
            >
              下载 {size} 打印海报（PDF）
            </Button>
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}

import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { CopyableText } from '../../../components/CopyableText'
import { PageShell } from '../../../components/PageShell'
import { LoadStates } from '../../../components/StateViews'
import { useShopParam } from '../../../hooks/use-shop-param'
import { POSTER_SIZES, useShopCode } from '../../../hooks/use-shop-code'
import { ROUTES } from '../../../constants/routes'
import './index.scss'

export default function ShopCodePage() {
  const { shopId, signedIn } = useShopParam(ROUTES.merchantShopCode)
  const { code, image: save, poster } = useShopCode(shopId, signedIn)

  if (!signedIn) return <PageShell className="shop-code" />
  return (
    <PageShell className="shop-code">
      <LoadStates loaded={code} />
      {code.data ? (
        <View className="card shop-code__card">
          <Image className="shop-code__image" src={code.data.imageDataUrl} mode="aspectFit" />
          <Text className="shop-code__caption">扫码查看诚信档案、监督投诉</Text>
          <CopyableText className="shop-code__url" text={code.data.url} />
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
          {POSTER_SIZES.map((size) => (
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

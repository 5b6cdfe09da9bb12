import { Text, View } from '@tarojs/components'
import type { MyShop } from '../../../../types/shop'
import Taro from '@tarojs/taro'
import { PageShell } from '../../../components/PageShell'
import { IntegrityBadge } from '../../../components/IntegrityBadge'
import { EmptyState, LoadStates } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { myShops } from '../../../services/shop'
import { ROUTES, shopUrl, withShop } from '../../../constants/routes'
import { LinkButton } from '../../../components/LinkButton'
import './index.scss'

export default function MerchantShopsPage() {
  const signedIn = useRequireSignIn(ROUTES.merchantShops)
  const shops = useRemoteData(myShops, [], signedIn)
  // Back from editing or answering complaints: figures may have changed.
  useReloadOnReturn(shops.reload)

  if (!signedIn) return <PageShell className="merchant-shops" />

  return (
    <PageShell className="merchant-shops">
      <LoadStates loaded={shops} messages={{ FORBIDDEN: '您还没有认领店铺' }} />
      {shops.data && shops.data.length === 0 ? <EmptyState text="您还没有认领店铺" /> : null}
      {shops.data?.map((shop) => (
        <MerchantShopCard key={shop.shopId} shop={shop} />
      ))}
      <LinkButton
        className="merchant-shops__claim"
        fill="outline"
        type="primary"
        block
        url={ROUTES.claim}
      >
        认领其他店铺
      </LinkButton>
    </PageShell>
  )
}

/** Where a merchant goes from a shop's card: the first is the main task. */
const SHOP_LINKS: {
  name: string
  label: string
  fill: 'solid' | 'outline' | 'none'
  url: (shopId: string) => string
}[] = [
  {
    name: 'edit',
    label: '资料与承诺',
    fill: 'solid',
    url: (id) => withShop(ROUTES.merchantShopEdit, id),
  },
  {
    name: 'code',
    label: '二维码海报',
    fill: 'outline',
    url: (id) => withShop(ROUTES.merchantShopCode, id),
  },
  {
    name: 'complaints-link',
    label: '投诉处理',
    fill: 'outline',
    url: (id) => withShop(ROUTES.merchantComplaints, id),
  },
  { name: 'view', label: '查看店铺页', fill: 'none', url: shopUrl },
]

function MerchantShopCard({ shop }: { shop: MyShop }) {
  const go = (url: string) => Taro.navigateTo({ url })
  return (
    <View className="card merchant-shop" data-shop-id={shop.shopId}>
      <Text className="merchant-shop__name">{shop.name}</Text>
      <IntegrityBadge integrity={shop.integrity} withReasons />
      <View
        className={`merchant-shop__complaints${shop.openComplaints ? ' merchant-shop__complaints--open' : ''}`}
        onClick={() => go(withShop(ROUTES.merchantComplaints, shop.shopId))}
      >
        <Text>未办结投诉</Text>
        <Text className="merchant-shop__complaint-count">{shop.openComplaints} 件 ›</Text>
      </View>
      <View className="merchant-shop__actions">
        {SHOP_LINKS.map((link) => (
          <LinkButton
            key={link.name}
            className={`merchant-shop__${link.name}`}
            size="small"
            type={link.fill === 'none' ? 'default' : 'primary'}
            fill={link.fill}
            url={link.url(shop.shopId)}
          >
            {link.label}
          </LinkButton>
        ))}
      </View>
    </View>
  )
}

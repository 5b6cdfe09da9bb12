import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { Honour, ShopCategory } from '../../../types/shop'
import { HONOURS, SHOP_CATEGORIES } from '../../../types/plain/shop'
import { PageShell } from '../../components/PageShell'
import { ListFilters, type FilterRowOf } from '../../components/ListFilters'
import { FigureTiles, districtTiles } from '../../components/FigureTiles'
import { filterOptions } from '../../components/FilterChips'
import { ShopListItem } from '../../components/ShopListItem'
import { LoadStates } from '../../components/StateViews'
import { LoadMoreList } from '../../components/LoadMoreList'
import { useRemoteData } from '../../hooks/use-remote-data'
import { useFilters } from '../../hooks/use-filters'
import { usePagedList } from '../../hooks/use-paged-list'
import { api } from '../../services/call-function'
import { shopCodeFromScan } from '../../services/shop'
import { ROUTES, shopCodeUrl, shopUrl } from '../../constants/routes'
import './index.scss'

const PAGE_SIZE = 10

type ShopFilters = { keyword?: string; category?: ShopCategory; honour?: Honour }

const FILTER_ROWS: FilterRowOf<ShopFilters>[] = [
  { key: 'category', name: 'category-filter', options: filterOptions('全部', SHOP_CATEGORIES) },
  { key: 'honour', name: 'honour-filter', options: filterOptions('全部荣誉', HONOURS) },
]

/** The cards under the district's figures that lead to each service. */
const ENTRIES = [
  {
    name: 'member',
    title: '党员亮身份',
    hint: '寻党员，亮身份：在商圈工作的党员请登记',
    url: ROUTES.memberRegister,
  },
  {
    name: 'wish',
    title: '微心愿 · 心愿墙',
    hint: '写下小心愿，党员、商户和党组织认领帮您实现',
    url: ROUTES.wishPool,
  },
  {
    name: 'volunteer',
    title: '志愿服务 · 红管家',
    hint: '报名志愿活动，现场扫码签到，记录服务时长',
    url: ROUTES.activities,
  },
]

/** weapp only: scan a shop's code with the camera and open its card. */
async function scanShopCode(): Promise<void> {
  let scan: Taro.scanCode.SuccessCallbackResult
  try {
    scan = await Taro.scanCode({ onlyFromCamera: false })
  } catch {
    return // cancelled
  }
  const code = shopCodeFromScan(scan)
  if (code) Taro.navigateTo({ url: shopCodeUrl(code) })
  else Taro.showToast({ title: '这不是商圈店铺的二维码', icon: 'none' })
}

/** 扫一扫 beside the search box, on weapp only. */
const scanButton =
  process.env.TARO_ENV === 'weapp' ? (
    <Button className="shop-search__scan" fill="outline" size="small" onClick={scanShopCode}>
      扫一扫
    </Button>
  ) : null

export default function HomePage() {
  const overview = useRemoteData(api.district.overview, [])
  const filters = useFilters<ShopFilters>({})
  const shops = usePagedList(
    (page) => api.shop.list({ ...filters.values, page, pageSize: PAGE_SIZE }),
    [filters.values],
  )

  const openShop = (shopId: string) => Taro.navigateTo({ url: shopUrl(shopId) })

  return (
    <PageShell className="home">
      <View className="home__header">
        <LoadStates loaded={overview} />
        {overview.data ? (
          <View className="home__district">
            <View className="home__title-row">
              <Text className="home__district-name">{overview.data.name}</Text>
              <Text className="home__me" onClick={() => Taro.navigateTo({ url: ROUTES.me })}>
                我的
              </Text>
            </View>
            <Text className="home__committee">{overview.data.committeeName}</Text>
            {overview.data.intro ? (
              <Text className="home__intro">{overview.data.intro}</Text>
            ) : null}
          </View>
        ) : null}
      </View>

      {overview.data ? <FigureTiles tiles={districtTiles(overview.data.figures)} /> : null}

      {ENTRIES.map((entry) => (
        <View
          key={entry.name}
          className={`section card home-entry home-entry--${entry.name}`}
          onClick={() => Taro.navigateTo({ url: entry.url })}
        >
          <View className="home-entry__text">
            <Text className="home-entry__title">{entry.title}</Text>
            <Text className="home-entry__hint">{entry.hint}</Text>
          </View>
          <Text className="home-entry__arrow">›</Text>
        </View>
      ))}

      <ListFilters
        name="shop-search"
        title="商圈店铺"
        search="搜索店铺名称"
        searchExtra={scanButton}
        rows={FILTER_ROWS}
        filters={filters}
      />

      <View className="shop-list">
        <LoadMoreList
          name="shop-list"
          list={shops}
          item={(shop) => <ShopListItem key={shop.shopId} shop={shop} onOpen={openShop} />}
          empty="没有找到店铺"
          emptyHint={filters.narrowed ? '换个关键词或筛选条件试试' : undefined}
          end={(total) => `共 ${total} 家店铺`}
        />
      </View>
    </PageShell>
  )
}

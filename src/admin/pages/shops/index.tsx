import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { INTEGRITY_LEVEL_LABELS, type IntegrityLevel } from '../../../../types/integrity'
import {
  SHOP_ORDERS,
  type ShopOrder,
  type ShopStatus,
  type AdminShop,
} from '../../../../types/shop'
import { FilterChips } from '../../../components/FilterChips'
import { HonourTags } from '../../../components/HonourTags'
import { LevelDot, starText } from '../../../components/IntegrityBadge'
import { api } from '../../../services/call-function'
import { saveDocument } from '../../../services/files'
import { useAction } from '../../../hooks/use-action'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsolePage } from '../../components/ConsolePage'
import { TableHead } from '../../components/TableHead'
import { actionButton } from '../../components/ConsoleToolbar'
import { FilterBar } from '../../components/FilterBar'
import { ClaimCodePanel } from '../../components/ClaimCodePanel'
import { HonourPanel } from '../../components/HonourPanel'
import { ShopCodePanel } from '../../components/ShopCodePanel'
import { ShopHistoryPanel } from '../../components/ShopHistoryPanel'
import { ShopStatusPanel } from '../../components/ShopStatusPanel'
import { filterRow } from '../../filter-rows'
import { useConsoleList } from '../../hooks/use-console-list'
import { ADMIN_ROUTES, shopFormUrl } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

const STATUS_FILTER = filterRow<ShopStatus>(
  'shop-status-filter',
  { open: '营业中', suspended: '已停业' },
  { all: '全部状态' },
)

const LEVEL_FILTER = filterRow('shop-level-filter', INTEGRITY_LEVEL_LABELS, { all: '全部等级' })

const LINKS = [
  { className: 'admin-shops__create', label: '新建店铺', url: shopFormUrl(), primary: true },
  { className: 'admin-shops__import', label: '导入 Excel', url: ADMIN_ROUTES.shopImport },
]
const COLUMNS = { main: '店铺', integrity: '诚信', merchants: '商户', actions: '操作' }
const SHOP_ORDER_COLUMNS = { main: ['name'], integrity: ['score-asc', 'score-desc'] } as const
const ALL_POSTERS = { className: 'admin-shops__all-posters', label: '下载全部海报' }

type ShopFilters = {
  keyword?: string
  status?: ShopStatus
  level?: IntegrityLevel
  order?: ShopOrder
}
const NO_FILTERS: ShopFilters = {}

type PanelKind = 'status' | 'claim' | 'honour' | 'code' | 'history'
type OpenPanel = { kind: PanelKind; shop: AdminShop }

/** The district's posters part by part (about 200 shops each), each saved as it arrives. */
async function saveAllPosters(say: (note: string) => void): Promise<number> {
  let parts = 1
  for (let part = 1; part <= parts; part++) {
    say(part === 1 ? '正在生成第 1 份…' : `正在生成第 ${part}/${parts} 份…`)
    const reply = await api.shop.allPosters({ size: 'A5', part })
    parts = reply.parts
    await saveDocument(reply.file, 'pdf')
  }
  return parts
}

export default function AdminShopsPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.shops)
  const {
    filters,
    filterBy,
    list: shops,
  } = useConsoleList(api.shop.adminList, NO_FILTERS, signedIn)
  const [panel, setPanel] = useState<OpenPanel>()
  const [postersNote, setPostersNote] = useState<string>()
  const posters = useAction(async () => {
    try {
      const parts = await saveAllPosters(setPostersNote)
      if (parts > 1) Taro.showToast({ title: `已下载全部 ${parts} 份海报`, icon: 'none' })
    } finally {
      setPostersNote(undefined)
    }
  })

  // Coming back from the shop form shows what was just saved.
  useReloadOnReturn(shops.reload)

  const edit = (shop: AdminShop) => Taro.navigateTo({ url: shopFormUrl(shop.shopId) })
  const actionDone = () => {
    setPanel(undefined)
    shops.reload()
  }
  const close = () => setPanel(undefined)

  return (
    <ConsolePage
      className="admin-shops"
      signedIn={signedIn}
      title="店铺管理"
      links={LINKS}
      buttons={[actionButton(ALL_POSTERS, posters)]}
    >
      {postersNote ? <Text className="admin-shops__posters-note">{postersNote}</Text> : null}
      <View className="card">
        <FilterBar
          search={{
            name: 'admin-shops',
            placeholder: '按店铺名称搜索',
            onSearch: (text) => filterBy('keyword')(text || undefined),
          }}
        >
          <FilterChips {...STATUS_FILTER} value={filters.status} onChange={filterBy('status')} />
          <FilterChips {...LEVEL_FILTER} value={filters.level} onChange={filterBy('level')} />
        </FilterBar>
        <ConsoleList
          list={shops}
          head={
            <TableHead
              block="admin-shop"
              columns={COLUMNS}
              order={{
                value: filters.order ?? 'name',
                columns: SHOP_ORDER_COLUMNS,
                labels: SHOP_ORDERS,
                onChange: filterBy('order'),
              }}
            />
          }
          row={(shop) => <ShopRow key={shop.shopId} shop={shop} onEdit={edit} onOpen={setPanel} />}
          empty="没有符合条件的店铺"
          unit="家"
        />
      </View>

      {panel?.kind === 'status' ? (
        <ShopStatusPanel shop={panel.shop} onClose={close} onDone={actionDone} />
      ) : null}
      {panel?.kind === 'claim' ? <ClaimCodePanel shop={panel.shop} onClose={close} /> : null}
      {panel?.kind === 'honour' ? (
        <HonourPanel shop={panel.shop} onClose={close} onDone={actionDone} />
      ) : null}
      {panel?.kind === 'code' ? <ShopCodePanel shop={panel.shop} onClose={close} /> : null}
      {panel?.kind === 'history' ? <ShopHistoryPanel shop={panel.shop} onClose={close} /> : null}
    </ConsolePage>
  )
}

type ShopRowProps = {
  shop: AdminShop
  onEdit: (shop: AdminShop) => void
  onOpen: (panel: OpenPanel) => void
}

function ShopRow({ shop, onEdit, onOpen }: ShopRowProps) {
  const open = (kind: PanelKind) => () => onOpen({ kind, shop })
  return (
    <View className="console-table__row admin-shop" data-shop-id={shop.shopId}>
      <View className="admin-shop__main">
        <View className="admin-shop__name-line">
          <Text className="admin-shop__name">{shop.name}</Text>
          {shop.status === 'suspended' ? (
            <Text className="admin-shop__suspended">已停业</Text>
          ) : null}
        </View>
        <Text className="console-table__muted admin-shop__meta">
          {shop.category} · {shop.floorUnit || '—'} · {shop.address}
        </Text>
        <Text className="console-table__muted admin-shop__contact">
          {shop.contactName} {shop.contactPhone} · 执照 {shop.licenceNo}
        </Text>
        <HonourTags honours={shop.honours} size="small" />
      </View>
      <View className="admin-shop__integrity">
        <View className="admin-shop__level">
          <LevelDot level={shop.level} />
          <Text className="admin-shop__level-label">{INTEGRITY_LEVEL_LABELS[shop.level]}</Text>
        </View>
        <Text className="admin-shop__stars">{starText(shop.stars)}</Text>
        <Text className="console-table__muted admin-shop__score">{shop.score} 分</Text>
      </View>
      <Text className="admin-shop__merchants">{shop.merchantCount} 位</Text>
      <View className="admin-shop__actions console-actions">
        <Text className="console-link admin-shop__edit" onClick={() => onEdit(shop)}>
          编辑
        </Text>
        <Text className="console-link admin-shop__status" onClick={open('status')}>
          {shop.status === 'open' ? '停业' : '恢复'}
        </Text>
        <Text className="console-link admin-shop__claim" onClick={open('claim')}>
          认领码
        </Text>
        <Text className="console-link admin-shop__honour" onClick={open('honour')}>
          荣誉
        </Text>
        <Text className="console-link admin-shop__code" onClick={open('code')}>
          二维码与海报
        </Text>
        <Text className="console-link admin-shop__history" onClick={open('history')}>
          积分记录
        </Text>
      </View>
    </View>
  )
}

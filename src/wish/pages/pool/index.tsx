import { useState } from 'react'
import { View } from '@tarojs/components'
import { WISH_STATUSES, type WishCategory, type WishListInput } from '../../../../types/wish'
import { PageShell } from '../../../components/PageShell'
import { filterOptions } from '../../../components/FilterChips'
import { ListFilters, type FilterRowOf } from '../../../components/ListFilters'
import { PageIntro } from '../../../components/PageIntro'
import type { PageLink } from '../../../components/PageLinks'
import { FigureTiles } from '../../../components/FigureTiles'
import { useFilters } from '../../../hooks/use-filters'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { api } from '../../../services/call-function'
import { ROUTES } from '../../../../types/pages'
import type { ActionOutput } from '../../../../types/api'
import { WishList } from '../../components/WishList'
import { CATEGORY_FILTER } from '../../category-choices'
import './index.scss'

const PAGE_SIZE = 10

type PoolStatus = NonNullable<WishListInput['status']>

const POOL_STATUSES: PoolStatus[] = ['open', 'claimed', 'fulfilled', 'confirmed']

type PoolFilters = { keyword?: string; category?: WishCategory; status?: PoolStatus }

const FILTER_ROWS: FilterRowOf<PoolFilters>[] = [
  { key: 'category', name: 'wish-category-filter', options: CATEGORY_FILTER },
  {
    key: 'status',
    name: 'wish-status-filter',
    options: filterOptions('全部状态', POOL_STATUSES, (status) => WISH_STATUSES[status]),
  },
]

const LINKS: PageLink[] = [
  { name: 'submit', label: '许个心愿', url: ROUTES.wishSubmit, type: 'primary' },
  { name: 'mine', label: '我的心愿', url: ROUTES.myWishes, type: 'primary', fill: 'outline' },
  { name: 'resources', label: '资源清单', url: ROUTES.resources, fill: 'outline' },
]

/** 心愿墙: approved wishes newest first, this month's counts, filters and search. */
export default function WishPoolPage() {
  const filters = useFilters<PoolFilters>({})
  const [month, setMonth] = useState<ActionOutput<'wish', 'list'>['month']>()
  const wishes = usePagedList(
    async (page) => {
      const res = await api.wish.list({ ...filters.values, page, pageSize: PAGE_SIZE })
      setMonth(res.month)
      return res
    },
    [filters.values],
  )
  // Back from a wish that was claimed or confirmed meanwhile.
  useReloadOnReturn(wishes.reload)

  return (
    <PageShell className="wish-pool">
      <PageIntro
        name="wish-pool"
        title="微心愿 · 心愿墙"
        hint="商圈里的居民、店员和商户写下的小心愿，党员、商户和党组织认领帮助实现。"
        links={LINKS}
      />

      {month ? (
        <View className="section wish-pool__month">
          <FigureTiles
            tiles={[
              { key: 'open', label: '本月新增', value: month.open },
              { key: 'claimed', label: '已认领', value: month.claimed },
              { key: 'fulfilled', label: '已实现', value: month.fulfilled },
            ]}
          />
        </View>
      ) : null}

      <ListFilters name="wish-search" search="搜索心愿" rows={FILTER_ROWS} filters={filters} />

      <View className="wish-list">
        <WishList
          name="wish-list"
          list={wishes}
          empty="还没有心愿"
          emptyHint={filters.narrowed ? '换个关键词或筛选条件试试' : '点“许个心愿”写下第一个'}
          end={(total) => `共 ${total} 个心愿`}
        />
      </View>
    </PageShell>
  )
}

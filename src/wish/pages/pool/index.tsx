import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { WISH_STATUSES, type WishCategory } from '../../../../types/wish'
import { PageShell } from '../../../components/PageShell'
import { SearchBar } from '../../../components/SearchBar'
import { FigureTiles } from '../../../components/FigureTiles'
import { FilterChips, type FilterOption } from '../../../components/FilterChips'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { wishPool, type WishPoolPage, type WishPoolQuery } from '../../../services/wish'
import { ROUTES } from '../../../../types/pages'
import { WishList } from '../../components/WishList'
import { CATEGORY_FILTER } from '../../category-choices'
import { LinkButton } from '../../../components/LinkButton'
import './index.scss'

const PAGE_SIZE = 10

type PoolStatus = NonNullable<WishPoolQuery['status']>

const STATUS_OPTIONS: FilterOption<PoolStatus>[] = [
  { value: undefined, label: '全部状态' },
  ...(['open', 'claimed', 'fulfilled', 'confirmed'] as const).map((value) => ({
    value,
    label: WISH_STATUSES[value],
  })),
]

/** 心愿墙: approved wishes newest first, this month's counts, filters and search. */
export default function WishPoolPage() {
  const [keyword, setKeyword] = useState('')
  const [category, setCategory] = useState<WishCategory>()
  const [status, setStatus] = useState<PoolStatus>()
  const [month, setMonth] = useState<WishPoolPage['month']>()
  const wishes = usePagedList(
    async (page) => {
      const res = await wishPool({
        keyword: keyword || undefined,
        category,
        status,
        page,
        pageSize: PAGE_SIZE,
      })
      setMonth(res.month)
      return res
    },
    [keyword, category, status],
  )
  // Back from a wish that was claimed or confirmed meanwhile.
  useReloadOnReturn(wishes.reload)

  return (
    <PageShell className="wish-pool">
      <View className="wish-pool__intro card">
        <Text className="wish-pool__title">微心愿 · 心愿墙</Text>
        <Text className="wish-pool__hint">
          商圈里的居民、店员和商户写下的小心愿，党员、商户和党组织认领帮助实现。
        </Text>
        <View className="wish-pool__actions">
          <LinkButton
            className="wish-pool__submit"
            type="primary"
            size="small"
            url={ROUTES.wishSubmit}
          >
            许个心愿
          </LinkButton>
          <LinkButton
            className="wish-pool__mine"
            fill="outline"
            type="primary"
            size="small"
            url={ROUTES.myWishes}
          >
            我的心愿
          </LinkButton>
          <LinkButton
            className="wish-pool__resources"
            fill="outline"
            size="small"
            url={ROUTES.resources}
          >
            资源清单
          </LinkButton>
        </View>
      </View>

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

      <View className="section wish-search">
        <SearchBar
          className="wish-search__bar"
          inputClassName="wish-search__input"
          buttonClassName="wish-search__submit"
          placeholder="搜索心愿"
          onSearch={setKeyword}
        />
        <FilterChips
          name="wish-category-filter"
          options={CATEGORY_FILTER}
          value={category}
          onChange={setCategory}
        />
        <FilterChips
          name="wish-status-filter"
          options={STATUS_OPTIONS}
          value={status}
          onChange={setStatus}
        />
      </View>

      <View className="wish-list">
        <WishList
          name="wish-list"
          list={wishes}
          empty="还没有心愿"
          emptyHint={
            keyword || category || status ? '换个关键词或筛选条件试试' : '点“许个心愿”写下第一个'
          }
          end={(total) => `共 ${total} 个心愿`}
        />
      </View>
    </PageShell>
  )
}

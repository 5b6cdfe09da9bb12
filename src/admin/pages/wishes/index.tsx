import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { WISH_CATEGORIES, type WishCategory } from '../../../../types/wish'
import type { ActionInput } from '../../../../types/api'
import { FilterChips } from '../../../components/FilterChips'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { api } from '../../../services/call-function'
import { AdminPanel } from '../../components/AdminPanel'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsolePage } from '../../components/ConsolePage'
import { FilterBar } from '../../components/FilterBar'
import { WishProxyForm } from '../../components/WishProxyForm'
import { WishQueueRow } from '../../components/WishQueueRow'
import AdminWishPage from '../wish/index'
import { filterRow } from '../../filter-rows'
import { useConsoleList } from '../../hooks/use-console-list'
import { useConsoleUser } from '../../hooks/use-console-user'
import { ADMIN_ROUTES, adminWishUrl } from '../../routes'
import '../../console.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

type View = Exclude<ActionInput<'wish', 'queue'>['view'], 'all'>

/** The committee's tabs, 全部 last. */
const COMMITTEE_VIEWS = filterRow<View>(
  'wish-view',
  { pending: '待审核', open: '派单看板', dispatched: '已派单', claimed: '进行中', overdue: '逾期' },
  { all: '全部', allLast: true },
)

/** A secretary reviews her branches' wishes; dispatching is the committee's. */
const SECRETARY_VIEWS = filterRow<View>(
  'wish-view',
  { pending: '待审核' },
  { all: '全部', allLast: true },
)

const CATEGORY_FILTER = filterRow('wish-category-filter', WISH_CATEGORIES, { all: '全部类别' })

type QueueFilters = { view?: View; category?: WishCategory }
const FIRST_FILTERS: QueueFilters = { view: 'pending' }

const LINKS = [
  { className: 'admin-wishes__figures', label: '心愿数据', url: ADMIN_ROUTES.wishFigures },
  { className: 'admin-wishes__resources', label: '资源清单', url: ADMIN_ROUTES.resources },
  { className: 'admin-wishes__projects', label: '项目清单', url: ADMIN_ROUTES.projects },
]

const ACTION_LABELS: Partial<Record<View, string>> = { pending: '审核', open: '派单' }

/** 需求清单: the review queue, the dispatch board, what is dispatched, in hand and overdue. */
export default function AdminWishesPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.wishes)
  const { me, committee } = useConsoleUser(signedIn)
  const { filters, filterBy, list } = useConsoleList(
    (query) => api.wish.queue({ ...query, view: query.view ?? 'all' }),
    FIRST_FILTERS,
    signedIn,
  )
  const [proxy, setProxy] = useState(false)
  // Back from a wish: it may have left this tab.
  useReloadOnReturn(list.reload)

  const submitted = (wishId: string) => {
    setProxy(false)
    Taro.showToast({ title: '已代录，待审核', icon: 'success' })
    Taro.navigateTo({ url: adminWishUrl(wishId) })
  }

  return (
    <ConsolePage
      className="admin-wishes"
      signedIn={signedIn}
      title={committee ? '微心愿 · 需求清单' : '心愿审核'}
      links={committee ? LINKS : []}
      buttons={
        committee
          ? [
              {
                className: 'admin-wishes__proxy',
                label: '代录心愿',
                primary: true,
                onClick: () => setProxy(true),
              },
            ]
          : []
      }
    >
      <View className="card">
        {me.data ? (
          <FilterBar>
            <FilterChips
              {...(committee ? COMMITTEE_VIEWS : SECRETARY_VIEWS)}
              value={filters.view}
              onChange={filterBy('view')}
            />
            <FilterChips
              {...CATEGORY_FILTER}
              value={filters.category}
              onChange={filterBy('category')}
            />
          </FilterBar>
        ) : null}
        <ConsoleList
          list={list}
          detail={AdminWishPage}
          row={(wish) => (
            <WishQueueRow
              key={wish.wishId}
              wish={wish}
              withSuggestions={committee && filters.view === 'open'}
              actionLabel={(filters.view && ACTION_LABELS[filters.view]) || '查看'}
            />
          )}
          empty={filters.view === 'pending' ? '没有待审核的心愿' : '没有符合条件的心愿'}
          unit="个"
        />
      </View>
      {proxy ? (
        <AdminPanel
          name="wish-proxy-panel"
          title="代录心愿"
          subtitle="为没有手机的居民登记心愿，注明来源"
          onClose={() => setProxy(false)}
        >
          <WishProxyForm onSubmitted={submitted} onCancel={() => setProxy(false)} />
        </AdminPanel>
      ) : null}
    </ConsolePage>
  )
}

import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { WISH_CATEGORIES, type WishCategory } from '../../../../types/wish'
import { PageShell } from '../../../components/PageShell'
import { FilterChips, type FilterRow } from '../../../components/FilterChips'
import { useListFilters } from '../../../hooks/use-list-filters'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { getMe } from '../../../services/user'
import { wishQueue, type WishQueueQuery } from '../../../services/wish'
import { AdminPanel } from '../../components/AdminPanel'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsoleToolbar } from '../../components/ConsoleToolbar'
import { FilterBar } from '../../components/FilterBar'
import { WishProxyForm } from '../../components/WishProxyForm'
import { WishQueueRow } from '../../components/WishQueueRow'
import { ADMIN_ROUTES, adminWishUrl } from '../../routes'
import '../../console.scss'

const PAGE_SIZE = 20

type View = Exclude<WishQueueQuery['view'], 'all'>

/** The committee's tabs; `undefined` is 全部. */
const COMMITTEE_VIEWS: FilterRow<View> = {
  name: 'wish-view',
  options: [
    { value: 'pending', label: '待审核' },
    { value: 'open', label: '派单看板' },
    { value: 'dispatched', label: '已派单' },
    { value: 'claimed', label: '进行中' },
    { value: 'overdue', label: '逾期' },
    { value: undefined, label: '全部' },
  ],
}

/** A secretary reviews her branches' wishes; dispatching is the committee's. */
const SECRETARY_VIEWS: FilterRow<View> = {
  name: 'wish-view',
  options: [
    { value: 'pending', label: '待审核' },
    { value: undefined, label: '全部' },
  ],
}

const CATEGORY_FILTER: FilterRow<WishCategory> = {
  name: 'wish-category-filter',
  options: [
    { value: undefined, label: '全部类别' },
    ...(Object.keys(WISH_CATEGORIES) as WishCategory[]).map((value) => ({
      value,
      label: WISH_CATEGORIES[value],
    })),
  ],
}

const LINKS = [
  { className: 'admin-wishes__figures', label: '心愿数据', url: ADMIN_ROUTES.wishFigures },
  { className: 'admin-wishes__resources', label: '资源清单', url: ADMIN_ROUTES.resources },
  { className: 'admin-wishes__projects', label: '项目清单', url: ADMIN_ROUTES.projects },
]

const ACTION_LABELS: Partial<Record<View, string>> = { pending: '审核', open: '派单' }

/** 需求清单: the review queue, the dispatch board, what is dispatched, in hand and overdue. */
export default function AdminWishesPage() {
  const signedIn = useRequireSignIn(ADMIN_ROUTES.wishes)
  const me = useRemoteData(getMe, [], signedIn)
  const committee = me.data?.roles.includes('admin') ?? false
  const { filters, page, setPage, filterBy } = useListFilters<{
    view?: View
    category?: WishCategory
  }>({ view: 'pending' })
  const queue = useRemoteData(
    () =>
      wishQueue({
        view: filters.view ?? 'all',
        category: filters.category,
        page,
        pageSize: PAGE_SIZE,
      }),
    [filters, page],
    signedIn,
  )
  const [proxy, setProxy] = useState(false)
  // Back from a wish: it may have left this tab.
  useReloadOnReturn(queue.reload)

  if (!signedIn) return <PageShell className="admin-wishes" width="wide" />

  const submitted = (wishId: string) => {
    setProxy(false)
    Taro.showToast({ title: '已代录，待审核', icon: 'success' })
    Taro.navigateTo({ url: adminWishUrl(wishId) })
  }

  return (
    <PageShell className="admin-wishes" width="wide">
      <ConsoleToolbar
        title={committee ? '微心愿 · 需求清单' : '心愿审核'}
        links={committee ? LINKS : []}
      >
        {committee ? (
          <Button
            className="admin-wishes__proxy"
            type="primary"
            size="small"
            onClick={() => setProxy(true)}
          >
            代录心愿
          </Button>
        ) : null}
      </ConsoleToolbar>
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
          list={queue}
          row={(wish) => (
            <WishQueueRow
              key={wish.wishId}
              wish={wish}
              withSuggestions={committee && filters.view === 'open'}
              actionLabel={(filters.view && ACTION_LABELS[filters.view]) || '查看'}
            />
          )}
          empty={filters.view === 'pending' ? '没有待审核的心愿' : '没有符合条件的心愿'}
          page={page}
          pageSize={PAGE_SIZE}
          unit="个"
          onPage={setPage}
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
    </PageShell>
  )
}

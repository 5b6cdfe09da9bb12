import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ACTIVITY_CATEGORIES, type ActivityCategory } from '../../../../types/activity'
import type { ActionInput } from '../../../../types/api'
import { FilterChips, type FilterRow } from '../../../components/FilterChips'
import { PageShell } from '../../../components/PageShell'
import { useListFilters } from '../../../hooks/use-list-filters'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { activityQueue } from '../../../services/activity'
import { getMe } from '../../../services/user'
import { ActivityQueueRow } from '../../components/ActivityQueueRow'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsoleToolbar } from '../../components/ConsoleToolbar'
import { FilterBar } from '../../components/FilterBar'
import { ADMIN_ROUTES, activityFormUrl } from '../../routes'
import '../../console.scss'

const PAGE_SIZE = 20

type QueueView = Exclude<ActionInput<'activity', 'queue'>['view'], 'all'>

/** The tabs; `undefined` is 全部. */
const VIEWS: FilterRow<QueueView> = {
  name: 'activity-view',
  options: [
    { value: 'upcoming', label: '未开始' },
    { value: 'ongoing', label: '进行中' },
    { value: 'ended', label: '已结束' },
    { value: 'unconfirmed', label: '待确认时长' },
    { value: 'flagged', label: '超期未确认' },
    { value: 'cancelled', label: '已取消' },
    { value: undefined, label: '全部' },
  ],
}

const CATEGORY_FILTER: FilterRow<ActivityCategory> = {
  name: 'activity-category-filter',
  options: [
    { value: undefined, label: '全部类别' },
    ...(Object.keys(ACTIVITY_CATEGORIES) as ActivityCategory[]).map((value) => ({
      value,
      label: ACTIVITY_CATEGORIES[value],
    })),
  ],
}

const EMPTY: Record<QueueView | 'all', string> = {
  upcoming: '没有未开始的活动',
  ongoing: '没有进行中的活动',
  ended: '没有已结束的活动',
  unconfirmed: '没有待确认时长的活动',
  flagged: '没有超期未确认时长的活动',
  cancelled: '没有已取消的活动',
  all: '还没有志愿活动',
}

const COMMITTEE_LINKS = [
  { className: 'admin-activities__figures', label: '志愿数据', url: ADMIN_ROUTES.volunteerFigures },
  { className: 'admin-activities__corrections', label: '时长更正', url: ADMIN_ROUTES.corrections },
]

/** 志愿活动: the committee's (or a secretary's own branches') activities by state, with flags. */
export default function AdminActivitiesPage() {
  const signedIn = useRequireSignIn(ADMIN_ROUTES.activities)
  const me = useRemoteData(getMe, [], signedIn)
  const committee = me.data?.roles.includes('admin') ?? false
  const { filters, page, setPage, filterBy } = useListFilters<{
    view?: QueueView
    category?: ActivityCategory
  }>({ view: 'upcoming' })
  const queue = useRemoteData(
    () =>
      activityQueue({
        view: filters.view ?? 'all',
        category: filters.category,
        page,
        pageSize: PAGE_SIZE,
      }),
    [filters, page],
    signedIn,
  )
  // Back from the form or the activity's page: it may have changed or left this tab.
  useReloadOnReturn(queue.reload)

  if (!signedIn) return <PageShell className="admin-activities" width="wide" />

  return (
    <PageShell className="admin-activities" width="wide">
      <ConsoleToolbar title="志愿活动" links={committee ? COMMITTEE_LINKS : []}>
        <Button
          className="admin-activities__create"
          type="primary"
          size="small"
          onClick={() => Taro.navigateTo({ url: activityFormUrl() })}
        >
          发布活动
        </Button>
      </ConsoleToolbar>
      <View className="card">
        <FilterBar>
          <FilterChips {...VIEWS} value={filters.view} onChange={filterBy('view')} />
          <FilterChips
            {...CATEGORY_FILTER}
            value={filters.category}
            onChange={filterBy('category')}
          />
        </FilterBar>
        <ConsoleList
          list={queue}
          row={(activity) => <ActivityQueueRow key={activity.activityId} activity={activity} />}
          empty={EMPTY[filters.view ?? 'all']}
          page={page}
          pageSize={PAGE_SIZE}
          unit="场"
          onPage={setPage}
        />
      </View>
    </PageShell>
  )
}

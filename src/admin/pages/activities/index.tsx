import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ACTIVITY_CATEGORIES, type ActivityCategory } from '../../../../types/activity'
import type { ActionInput } from '../../../../types/api'
import { FilterChips } from '../../../components/FilterChips'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { api } from '../../../services/call-function'
import { ActivityQueueRow } from '../../components/ActivityQueueRow'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsolePage } from '../../components/ConsolePage'
import { FilterBar } from '../../components/FilterBar'
import { filterRow } from '../../filter-rows'
import { useConsoleList } from '../../hooks/use-console-list'
import { useConsoleUser } from '../../hooks/use-console-user'
import { ADMIN_ROUTES, activityFormUrl } from '../../routes'
import '../../console.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

type QueueView = Exclude<ActionInput<'activity', 'queue'>['view'], 'all'>

/** The tabs, 全部 last. */
const VIEWS = filterRow<QueueView>(
  'activity-view',
  {
    upcoming: '未开始',
    ongoing: '进行中',
    ended: '已结束',
    unconfirmed: '待确认时长',
    flagged: '超期未确认',
    cancelled: '已取消',
  },
  { all: '全部', allLast: true },
)

const CATEGORY_FILTER = filterRow('activity-category-filter', ACTIVITY_CATEGORIES, {
  all: '全部类别',
})

type QueueFilters = { view?: QueueView; category?: ActivityCategory }
const FIRST_FILTERS: QueueFilters = { view: 'upcoming' }

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

const CREATE = {
  className: 'admin-activities__create',
  label: '发布活动',
  primary: true,
  onClick: () => Taro.navigateTo({ url: activityFormUrl() }),
}

/** 志愿活动: the committee's (or a secretary's own branches') activities by state, with flags. */
export default function AdminActivitiesPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.activities)
  const { committee } = useConsoleUser(signedIn)
  const { filters, filterBy, list } = useConsoleList(
    (query) => api.activity.queue({ ...query, view: query.view ?? 'all' }),
    FIRST_FILTERS,
    signedIn,
  )
  // Back from the form or the activity's page: it may have changed or left this tab.
  useReloadOnReturn(list.reload)

  return (
    <ConsolePage
      className="admin-activities"
      signedIn={signedIn}
      title="志愿活动"
      links={committee ? COMMITTEE_LINKS : []}
      buttons={[CREATE]}
    >
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
          list={list}
          row={(activity) => <ActivityQueueRow key={activity.activityId} activity={activity} />}
          empty={EMPTY[filters.view ?? 'all']}
          unit="场"
        />
      </View>
    </ConsolePage>
  )
}

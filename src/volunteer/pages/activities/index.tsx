import { View } from '@tarojs/components'
import type { ActivityCategory } from '../../../../types/activity'
import { ROUTES } from '../../../../types/pages'
import { PageShell } from '../../../components/PageShell'
import { ListFilters, type FilterRowOf } from '../../../components/ListFilters'
import { PageIntro } from '../../../components/PageIntro'
import type { PageLink } from '../../../components/PageLinks'
import { LoadMoreList } from '../../../components/LoadMoreList'
import { useFilters } from '../../../hooks/use-filters'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { api } from '../../../services/call-function'
import { ActivityCard } from '../../components/ActivityCard'
import { CATEGORY_FILTER } from '../../labels'
import './index.scss'

const PAGE_SIZE = 10

type When = 'upcoming' | 'past'
type ActivityFilters = { when: When; category?: ActivityCategory }

// 即将开始 or 已结束, never both: the row has no “all”.
const FILTER_ROWS: FilterRowOf<ActivityFilters>[] = [
  {
    key: 'when',
    name: 'activity-when-filter',
    options: [
      { value: 'upcoming', label: '即将开始' },
      { value: 'past', label: '已结束' },
    ],
  },
  { key: 'category', name: 'activity-category-filter', options: CATEGORY_FILTER },
]

const LINKS: PageLink[] = [
  { name: 'mine', label: '我的志愿', url: ROUTES.myVolunteering, type: 'primary' },
  { name: 'check-in', label: '扫码签到', url: ROUTES.checkIn, type: 'primary', fill: 'outline' },
]

/** 志愿服务: upcoming activities soonest first (or ended ones), by category. */
export default function ActivitiesPage() {
  const filters = useFilters<ActivityFilters>({ when: 'upcoming' })
  const activities = usePagedList(
    (page) => api.activity.list({ ...filters.values, page, pageSize: PAGE_SIZE }),
    [filters.values],
  )
  // Back from an activity where places were taken or given up.
  useReloadOnReturn(activities.reload)

  return (
    <PageShell className="activities">
      <PageIntro
        name="activities"
        title="志愿服务 · 红管家"
        hint="平安巡逻、文明劝导、垃圾分类、敬老助老……报名参加商圈的志愿活动，现场扫码签到，服务时长记入志愿服务记录。"
        links={LINKS}
      />

      <ListFilters name="activities__filters" rows={FILTER_ROWS} filters={filters} />

      <View className="section activity-list">
        <LoadMoreList
          name="activity-list"
          list={activities}
          item={(a) => <ActivityCard key={a.activityId} activity={a} />}
          empty={
            filters.values.when === 'upcoming' ? '暂时没有即将开始的活动' : '还没有已结束的活动'
          }
          emptyHint={filters.values.category ? '换个类别试试' : undefined}
          end={(total) => `共 ${total} 个活动`}
        />
      </View>
    </PageShell>
  )
}

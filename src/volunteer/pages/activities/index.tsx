import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { ActivityCategory } from '../../../../types/activity'
import { ROUTES } from '../../../../types/pages'
import { PageShell } from '../../../components/PageShell'
import { FilterChips, type FilterOption } from '../../../components/FilterChips'
import { LoadMoreList } from '../../../components/LoadMoreList'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { listActivities } from '../../../services/activity'
import { ActivityCard } from '../../components/ActivityCard'
import { CATEGORY_FILTER } from '../../labels'
import './index.scss'

const PAGE_SIZE = 10

type When = 'upcoming' | 'past'
const WHEN_OPTIONS: FilterOption<When>[] = [
  { value: 'upcoming', label: '即将开始' },
  { value: 'past', label: '已结束' },
]

/** 志愿服务: upcoming activities soonest first (or ended ones), by category. */
export default function ActivitiesPage() {
  const [category, setCategory] = useState<ActivityCategory>()
  const [when, setWhen] = useState<When>('upcoming')
  const activities = usePagedList(
    (page) => listActivities({ category, when, page, pageSize: PAGE_SIZE }),
    [category, when],
  )
  // Back from an activity where places were taken or given up.
  useReloadOnReturn(activities.reload)

  return (
    <PageShell className="activities">
      <View className="activities__intro card">
        <Text className="activities__title">志愿服务 · 红管家</Text>
        <Text className="activities__hint">
          平安巡逻、文明劝导、垃圾分类、敬老助老……报名参加商圈的志愿活动，现场扫码签到，服务时长记入志愿服务记录。
        </Text>
        <View className="activities__actions">
          <Button
            className="activities__mine"
            type="primary"
            size="small"
            onClick={() => Taro.navigateTo({ url: ROUTES.myVolunteering })}
          >
            我的志愿
          </Button>
          <Button
            className="activities__check-in"
            fill="outline"
            type="primary"
            size="small"
            onClick={() => Taro.navigateTo({ url: ROUTES.checkIn })}
          >
            扫码签到
          </Button>
        </View>
      </View>

      <View className="section activities__filters">
        <FilterChips
          name="activity-when-filter"
          options={WHEN_OPTIONS}
          value={when}
          onChange={(value) => setWhen(value ?? 'upcoming')}
        />
        <FilterChips
          name="activity-category-filter"
          options={CATEGORY_FILTER}
          value={category}
          onChange={setCategory}
        />
      </View>

      <View className="section activity-list">
        <LoadMoreList
          name="activity-list"
          list={activities}
          item={(a) => <ActivityCard key={a.activityId} activity={a} />}
          empty={when === 'upcoming' ? '暂时没有即将开始的活动' : '还没有已结束的活动'}
          emptyHint={category ? '换个类别试试' : undefined}
          end={(total) => `共 ${total} 个活动`}
        />
      </View>
    </PageShell>
  )
}

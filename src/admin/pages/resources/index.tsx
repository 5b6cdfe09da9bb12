import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { RESOURCE_STATUSES, type ResourceStatus } from '../../../../types/resource'
import { WISH_CATEGORIES } from '../../../../types/wish'
import { FilterChips } from '../../../components/FilterChips'
import { StatusTag } from '../../../components/StatusTag'
import { holderLabel } from '../../../components/WishCard'
import { api } from '../../../services/call-function'
import type { ResourceView } from '../../../../types/resource'
import { ConsoleList } from '../../components/ConsoleList'
import { RowHead } from '../../components/ConsoleRow'
import { ConsolePage } from '../../components/ConsolePage'
import { FilterBar } from '../../components/FilterBar'
import { ResourceReview } from '../../components/ResourceReview'
import { filterRow } from '../../filter-rows'
import { useConsoleList } from '../../hooks/use-console-list'
import { ADMIN_ROUTES } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

const STATUS_FILTER = filterRow('resource-status-filter', RESOURCE_STATUSES, {
  all: '全部',
  allLast: true,
})

const FIRST_FILTERS: { status?: ResourceStatus } = { status: 'pending' }

const LINKS = [
  { className: 'admin-resources__wishes', label: '需求清单', url: ADMIN_ROUTES.wishes },
]

/** 资源清单: offers waiting for review first, then every offer by status with this month's use. */
export default function AdminResourcesPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.resources)
  const { filters, filterBy, list } = useConsoleList(api.resource.queue, FIRST_FILTERS, signedIn)

  const reviewed = (_next: ResourceView, message: string) => {
    Taro.showToast({ title: message, icon: 'success' })
    list.reload()
  }

  return (
    <ConsolePage className="admin-resources" signedIn={signedIn} title="资源清单" links={LINKS}>
      <View className="card">
        <FilterBar>
          <FilterChips {...STATUS_FILTER} value={filters.status} onChange={filterBy('status')} />
        </FilterBar>
        <ConsoleList
          list={list}
          row={(resource) => (
            <ResourceRow key={resource.resourceId} resource={resource} onReviewed={reviewed} />
          )}
          empty={filters.status === 'pending' ? '没有待审核的资源' : '没有符合条件的资源'}
          unit="项"
        />
      </View>
    </ConsolePage>
  )
}

function ResourceRow({
  resource: r,
  onReviewed,
}: {
  resource: ResourceView
  onReviewed: (next: ResourceView, message: string) => void
}) {
  const full = r.usedThisMonth >= r.capacityPerMonth
  return (
    <View
      className="console-table__row resource-row"
      data-resource-id={r.resourceId}
      data-status={r.status}
    >
      <View className="console-row__main resource-row__main">
        <RowHead block="resource-row" title={r.title} category={WISH_CATEGORIES[r.category]}>
          <StatusTag block="resource-row__status" status={r.status} labels={RESOURCE_STATUSES} />
        </RowHead>
        <Text className="resource-row__owner">{holderLabel(r.owner)}</Text>
        <Text className="console-table__muted">
          {r.description}
          {r.conditions ? `（${r.conditions}）` : ''}
        </Text>
        <Text className="console-table__muted">
          服务区域：{r.areas.length ? r.areas.join('、') : '全商圈'} · 有效期至 {r.validUntil}
        </Text>
        {r.reviewNote ? (
          <Text className="console-table__alert resource-row__note">未通过：{r.reviewNote}</Text>
        ) : null}
      </View>
      <View className="console-table__facts resource-row__use">
        <Text className={full ? 'console-table__alert resource-row__month' : 'resource-row__month'}>
          本月已用 {r.usedThisMonth} / {r.capacityPerMonth}
        </Text>
        <Text className="console-table__muted resource-row__served">
          累计服务 {r.served} 个心愿
        </Text>
      </View>
      {r.status === 'pending' ? <ResourceReview resource={r} onReviewed={onReviewed} /> : null}
    </View>
  )
}

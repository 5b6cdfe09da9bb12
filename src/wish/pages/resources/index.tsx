import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { WishCategory } from '../../../../types/wish'
import { ROUTES } from '../../../../types/pages'
import { PageShell } from '../../../components/PageShell'
import { ChoiceChips, type Choice } from '../../../components/ChoiceChips'
import { ListFilters, type FilterRowOf } from '../../../components/ListFilters'
import { LoadMoreList } from '../../../components/LoadMoreList'
import { WishResourceCard } from '../../../components/WishResourceCard'
import { useAction } from '../../../hooks/use-action'
import { useFilters } from '../../../hooks/use-filters'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import type { ResourceView } from '../../../../types/resource'
import { isSignedIn } from '../../../services/session'
import { CATEGORY_FILTER } from '../../category-choices'
import { PageLinks, type PageLink } from '../../../components/PageLinks'
import './index.scss'

const PAGE_SIZE = 10
/** Who may offer resources: members, merchants (for a shop), secretaries (for a branch). */
const PUBLISHERS = ['member', 'merchant', 'secretary']

type Tab = 'public' | 'mine'
const TABS: Choice<Tab>[] = [
  { value: 'public', label: '资源清单' },
  { value: 'mine', label: '我发布的' },
]

type ResourceFilters = { keyword?: string; category?: WishCategory }
const FILTER_ROWS: FilterRowOf<ResourceFilters>[] = [
  { key: 'category', name: 'resource-category-filter', options: CATEGORY_FILTER },
]

const PUBLISH: PageLink = {
  name: 'publish',
  label: '发布资源',
  url: ROUTES.resourcePublish,
  type: 'primary',
}

/** 资源清单: what members, merchants and branches offer; 我发布的 for those who offer. */
export default function ResourcesPage() {
  const { params } = useRouter()
  const me = useRemoteData(api.user.me, [], isSignedIn())
  const canPublish = !!me.data?.roles.some((role) => PUBLISHERS.includes(role))
  const [tab, setTab] = useState<Tab>(params.tab === 'mine' ? 'mine' : 'public')
  const showing: Tab = canPublish ? tab : 'public'
  const filters = useFilters<ResourceFilters>({})
  const resources = usePagedList(
    (page) =>
      showing === 'mine'
        ? api.resource.mine({ page, pageSize: PAGE_SIZE })
        : api.resource.list({ ...filters.values, page, pageSize: PAGE_SIZE }),
    [showing, filters.values],
    // 我发布的 waits until we know the person may see it.
    showing === 'public' || !me.loading,
  )
  // Back from the form, where a resource was published.
  useReloadOnReturn(resources.reload)
  const withdraw = useAction(api.resource.withdraw)

  const askWithdraw = async (resource: ResourceView) => {
    const answer = await Taro.showModal({
      title: '撤回资源',
      content: `撤回「${resource.title}」后不再出现在资源清单上。确定撤回吗？`,
      confirmText: '撤回',
    })
    if (!answer.confirm) return
    if (await withdraw.run({ resourceId: resource.resourceId })) {
      Taro.showToast({ title: '已撤回', icon: 'none' })
      resources.reload()
    }
  }

  return (
    <PageShell className="resources">
      <View className="resources__head">
        {canPublish ? (
          <>
            <ChoiceChips name="resources-tab" choices={TABS} value={tab} onChange={setTab} />
            <PageLinks block="resources" links={[PUBLISH]} />
          </>
        ) : null}
      </View>

      {showing === 'public' ? (
        <ListFilters
          name="resource-search"
          search="搜索资源"
          rows={FILTER_ROWS}
          filters={filters}
        />
      ) : null}

      <View className="section resource-list">
        <LoadMoreList
          name="resource-list"
          list={resources}
          item={(resource) => (
            <WishResourceCard
              key={resource.resourceId}
              resource={resource}
              showStatus={showing === 'mine'}
              actions={
                showing === 'mine' && ['pending', 'approved'].includes(resource.status) ? (
                  <Button
                    className="resource-card__withdraw"
                    size="small"
                    fill="outline"
                    onClick={() => askWithdraw(resource)}
                  >
                    撤回
                  </Button>
                ) : null
              }
            />
          )}
          empty={showing === 'mine' ? '您还没有发布资源' : '暂无资源'}
          emptyHint={
            showing === 'mine'
              ? '点“发布资源”，把您能提供的帮助告诉商圈'
              : filters.narrowed
                ? '换个关键词或类别试试'
                : undefined
          }
          end={(total) => `共 ${total} 项资源`}
        />
      </View>
    </PageShell>
  )
}

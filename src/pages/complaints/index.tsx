import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { PageShell } from '../../components/PageShell'
import { ComplaintCard } from '../../components/ComplaintCard'
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews'
import { usePagedList } from '../../hooks/use-paged-list'
import { useRequireSignIn } from '../../hooks/use-require-sign-in'
import { useReloadOnReturn } from '../../hooks/use-reload-on-return'
import { myComplaints } from '../../services/complaint'
import { ROUTES, complaintUrl } from '../../constants/routes'
import './index.scss'

const PAGE_SIZE = 10

export default function MyComplaintsPage() {
  const signedIn = useRequireSignIn(ROUTES.myComplaints)
  const complaints = usePagedList(
    (page) =>
      signedIn
        ? myComplaints({ page, pageSize: PAGE_SIZE })
        : Promise.resolve({ list: [], total: 0, page, pageSize: PAGE_SIZE }),
    [signedIn],
  )
  // Back from a detail page where the complaint may have been confirmed.
  useReloadOnReturn(complaints.reload)

  if (!signedIn) return <PageShell className="my-complaints" />

  return (
    <PageShell className="my-complaints">
      {complaints.loading ? <LoadingState /> : null}
      {!complaints.loading && complaints.error ? (
        <ErrorState message={complaints.error.message} onRetry={complaints.reload} />
      ) : null}
      {!complaints.loading && !complaints.error && complaints.items.length === 0 ? (
        <EmptyState text="您还没有投诉" hint="在店铺页点击“投诉监督”即可反映问题" />
      ) : null}
      {!complaints.loading
        ? complaints.items.map((complaint) => (
            <ComplaintCard
              key={complaint.complaintId}
              complaint={complaint}
              onOpen={(id) => Taro.navigateTo({ url: complaintUrl(id) })}
            />
          ))
        : null}
      {complaints.hasMore ? (
        <View className="my-complaints__footer">
          <Button
            fill="outline"
            type="primary"
            loading={complaints.loadingMore}
            onClick={complaints.loadMore}
          >
            加载更多
          </Button>
        </View>
      ) : null}
      {!complaints.loading && !complaints.hasMore && complaints.items.length > 0 ? (
        <Text className="my-complaints__end">共 {complaints.total} 件</Text>
      ) : null}
    </PageShell>
  )
}

import Taro from '@tarojs/taro'
import { PageShell } from '../../../components/PageShell'
import { ComplaintCard } from '../../../components/ComplaintCard'
import { LoadMoreList } from '../../../components/LoadMoreList'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { api } from '../../../services/call-function'
import { ROUTES, complaintUrl } from '../../../constants/routes'

const PAGE_SIZE = 10

const openComplaint = (complaintId: string) => Taro.navigateTo({ url: complaintUrl(complaintId) })

export default function MyComplaintsPage() {
  const signedIn = useRequireSignIn(ROUTES.myComplaints)
  const complaints = usePagedList(
    (page) => api.complaint.mine({ page, pageSize: PAGE_SIZE }),
    [],
    signedIn,
  )
  // Back from a detail page where the complaint may have been confirmed.
  useReloadOnReturn(complaints.reload)

  if (!signedIn) return <PageShell className="my-complaints" />

  return (
    <PageShell className="my-complaints">
      <LoadMoreList
        name="my-complaints"
        list={complaints}
        item={(c) => <ComplaintCard key={c.complaintId} complaint={c} onOpen={openComplaint} />}
        empty="您还没有投诉"
        emptyHint="在店铺页点击“投诉监督”即可反映问题"
        end={(total) => `共 ${total} 件`}
      />
    </PageShell>
  )
}

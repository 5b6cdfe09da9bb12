import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  HANDLER_KIND_LABELS,
  type ComplaintStatus,
} from '../../../../types/complaint'
import { PageShell } from '../../../components/PageShell'
import { ComplaintStatusTag } from '../../../components/ComplaintStatusTag'
import { FilterChips, type FilterOption } from '../../../components/FilterChips'
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { complaintQueue, sweepComplaints, type ComplaintView } from '../../../services/complaint'
import { formatShanghai } from '../../../utils/format'
import { AdminPager } from '../../components/AdminPager'
import { ADMIN_ROUTES, adminComplaintUrl } from '../../routes'
import '../../console.scss'
import './index.scss'

const PAGE_SIZE = 20

const STATUS_OPTIONS: FilterOption<ComplaintStatus>[] = [
  { value: undefined, label: '全部' },
  ...(['submitted', 'accepted', 'assigned', 'handled', 'closed', 'rejected'] as const).map(
    (status) => ({ value: status, label: COMPLAINT_STATUSES[status] }),
  ),
]

type Scope = 'overdue'
const SCOPE_OPTIONS: FilterOption<Scope>[] = [
  { value: undefined, label: '不限期限' },
  { value: 'overdue', label: '仅看逾期' },
]

export default function AdminComplaintsPage() {
  const signedIn = useRequireSignIn(ADMIN_ROUTES.complaints)
  const [status, setStatus] = useState<ComplaintStatus>()
  const [scope, setScope] = useState<Scope>()
  const [page, setPage] = useState(1)
  const queue = useRemoteData(
    () => complaintQueue({ status, overdueOnly: scope === 'overdue', page, pageSize: PAGE_SIZE }),
    [status, scope, page],
    signedIn,
  )
  const sweep = useAction(sweepComplaints)

  // Coming back from a complaint shows where it now stands.
  const shownOnce = useRef(false)
  useDidShow(() => {
    if (shownOnce.current) queue.reload()
    shownOnce.current = true
  })

  const runSweep = async () => {
    const result = await sweep.run()
    if (!result) return
    Taro.showToast({
      title: `新增逾期 ${result.newlyOverdue} 件，自动办结 ${result.autoClosed} 件`,
      icon: 'none',
      duration: 2500,
    })
    queue.reload()
  }

  if (!signedIn)
    return (
      <PageShell className="admin-complaints" width="wide">
        {null}
      </PageShell>
    )

  return (
    <PageShell className="admin-complaints" width="wide">
      <View className="console-toolbar">
        <Text className="section__title admin-complaints__title">投诉督办</Text>
        <View className="console-toolbar__grow" />
        <Button
          className="admin-complaints__sweep"
          size="small"
          loading={sweep.pending}
          onClick={runSweep}
        >
          立即巡检
        </Button>
      </View>
      <View className="card">
        <View className="console-filters">
          <FilterChips
            name="complaint-status-filter"
            options={STATUS_OPTIONS}
            value={status}
            onChange={(next) => {
              setStatus(next)
              setPage(1)
            }}
          />
          <FilterChips
            name="complaint-overdue-filter"
            options={SCOPE_OPTIONS}
            value={scope}
            onChange={(next) => {
              setScope(next)
              setPage(1)
            }}
          />
        </View>

        {queue.loading ? <LoadingState /> : null}
        {queue.error ? (
          <ErrorState
            code={queue.error.code}
            message={queue.error.message}
            onRetry={queue.error.code === 'FORBIDDEN' ? undefined : queue.reload}
          />
        ) : null}
        {!queue.loading && queue.data?.list.length === 0 ? (
          <EmptyState text="没有符合条件的投诉" />
        ) : null}
        {!queue.loading
          ? queue.data?.list.map((complaint) => (
              <QueueRow key={complaint.complaintId} complaint={complaint} />
            ))
          : null}
        {queue.data ? (
          <AdminPager
            page={page}
            pageSize={PAGE_SIZE}
            total={queue.data.total}
            unit="件"
            onChange={setPage}
          />
        ) : null}
      </View>
    </PageShell>
  )
}

function QueueRow({ complaint }: { complaint: ComplaintView }) {
  return (
    <View
      className={`console-table__row queue-row${complaint.overdue ? ' console-table__row--alert queue-row--overdue' : ''}`}
      data-complaint-id={complaint.complaintId}
      data-status={complaint.status}
      onClick={() => Taro.navigateTo({ url: adminComplaintUrl(complaint.complaintId) })}
    >
      <View className="queue-row__main">
        <View className="queue-row__head">
          <Text className="queue-row__shop">{complaint.shopName}</Text>
          <Text className="queue-row__category">{COMPLAINT_CATEGORIES[complaint.category]}</Text>
          <ComplaintStatusTag status={complaint.status} overdue={complaint.overdue} />
        </View>
        <Text className="queue-row__description">{complaint.description}</Text>
        <Text className="console-table__muted">
          {formatShanghai(complaint.createdAt)} · {complaint.complainant ?? '投诉人'}
          {complaint.anonymous ? '（匿名）' : ''}
        </Text>
      </View>
      <View className="queue-row__handling">
        {complaint.handler ? (
          <Text className="queue-row__handler">
            {HANDLER_KIND_LABELS[complaint.handler.kind]} · {complaint.handler.name}
          </Text>
        ) : (
          <Text className="console-table__muted">未交办</Text>
        )}
        {complaint.deadline ? (
          <Text
            className={
              complaint.overdue ? 'console-table__alert queue-row__deadline' : 'queue-row__deadline'
            }
          >
            期限 {formatShanghai(complaint.deadline)}
            {complaint.overdue ? '（已逾期）' : ''}
          </Text>
        ) : null}
      </View>
      <Text className="console-link queue-row__open">处理 ›</Text>
    </View>
  )
}

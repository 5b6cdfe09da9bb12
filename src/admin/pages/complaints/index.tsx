import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  handlerLabel,
  type ComplaintStatus,
} from '../../../../types/complaint'
import { ComplaintStatusTag } from '../../../components/ComplaintStatusTag'
import { FilterChips } from '../../../components/FilterChips'
import { useAction } from '../../../hooks/use-action'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { api } from '../../../services/call-function'
import type { ComplaintView } from '../../../../types/complaint'
import { formatShanghai } from '../../../../types/shanghai-time'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsolePage } from '../../components/ConsolePage'
import { ConsoleRow, RowHead } from '../../components/ConsoleRow'
import { TableHead, timeOrder } from '../../components/TableHead'
import type { TimeOrder } from '../../../../types/common'
import AdminComplaintPage from '../complaint/index'
import { FilterBar } from '../../components/FilterBar'
import { filterRow } from '../../filter-rows'
import { useConsoleList } from '../../hooks/use-console-list'
import { ADMIN_ROUTES, adminComplaintUrl } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

const STATUS_FILTER = filterRow('complaint-status-filter', COMPLAINT_STATUSES, {
  all: '全部',
  values: ['submitted', 'accepted', 'assigned', 'handled', 'closed', 'rejected'],
})

type Scope = 'overdue'
const SCOPE_FILTER = filterRow<Scope>(
  'complaint-overdue-filter',
  { overdue: '仅看逾期' },
  { all: '不限期限' },
)

type QueueFilters = { status?: ComplaintStatus; scope?: Scope; order?: TimeOrder }

const COLUMNS = { main: '投诉', handling: '承办与期限' }
const NO_FILTERS: QueueFilters = {}

export default function AdminComplaintsPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.complaints)
  const { filters, filterBy, list } = useConsoleList(
    ({ scope, ...query }) => api.complaint.queue({ ...query, overdueOnly: scope === 'overdue' }),
    NO_FILTERS,
    signedIn,
  )
  const sweep = useAction(api.complaint.sweep)

  // Coming back from a complaint shows where it now stands.
  useReloadOnReturn(list.reload)

  const runSweep = async () => {
    const result = await sweep.run()
    if (!result) return
    Taro.showToast({
      title: `新增逾期 ${result.newlyOverdue} 件，自动办结 ${result.autoClosed} 件`,
      icon: 'none',
      duration: 2500,
    })
    list.reload()
  }

  return (
    <ConsolePage
      className="admin-complaints"
      signedIn={signedIn}
      title="投诉督办"
      buttons={[
        {
          className: 'admin-complaints__sweep',
          label: '立即巡检',
          pending: sweep.pending,
          onClick: runSweep,
        },
      ]}
    >
      <View className="card">
        <FilterBar>
          <FilterChips {...STATUS_FILTER} value={filters.status} onChange={filterBy('status')} />
          <FilterChips {...SCOPE_FILTER} value={filters.scope} onChange={filterBy('scope')} />
        </FilterBar>
        <ConsoleList
          list={list}
          detail={AdminComplaintPage}
          head={
            <TableHead
              block="queue-row"
              columns={COLUMNS}
              // The overdue list has one order: the longest overdue first.
              order={
                filters.scope === 'overdue'
                  ? undefined
                  : timeOrder('main', filters.order, filterBy('order'))
              }
            />
          }
          row={(complaint) => <QueueRow key={complaint.complaintId} complaint={complaint} />}
          empty="没有符合条件的投诉"
          unit="件"
        />
      </View>
    </ConsolePage>
  )
}

function QueueRow({ complaint }: { complaint: ComplaintView }) {
  return (
    <ConsoleRow
      block="queue-row"
      data={{ 'complaint-id': complaint.complaintId, status: complaint.status }}
      alert={complaint.overdue ? 'overdue' : undefined}
      url={adminComplaintUrl(complaint.complaintId)}
      open="处理"
      main={
        <>
          <RowHead
            block="queue-row"
            title={complaint.shopName}
            titleName="shop"
            category={COMPLAINT_CATEGORIES[complaint.category]}
          >
            <ComplaintStatusTag status={complaint.status} overdue={complaint.overdue} />
          </RowHead>
          <Text className="queue-row__description">{complaint.description}</Text>
          <Text className="console-table__muted">
            {formatShanghai(complaint.createdAt)} · {complaint.complainant ?? '投诉人'}
            {complaint.anonymous ? '（匿名）' : ''}
          </Text>
        </>
      }
    >
      <View className="queue-row__handling">
        {complaint.handler ? (
          <Text className="queue-row__handler">{handlerLabel(complaint.handler)}</Text>
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
    </ConsoleRow>
  )
}

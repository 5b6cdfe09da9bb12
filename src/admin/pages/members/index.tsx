import { Text, View } from '@tarojs/components'
import {
  MEMBER_KIND_LABELS,
  MEMBER_STATUS_LABELS,
  type MemberKind,
  ROSTER_MATCH_LABELS,
  STANDING_LABELS,
  type MemberStatus,
  type RosterMatch,
  type QueuedMember,
} from '../../../../types/member'
import type { TimeOrder } from '../../../../types/common'
import { FilterChips } from '../../../components/FilterChips'
import { saveMemberLedger } from '../../../services/member'
import { api } from '../../../services/call-function'
import { useAction } from '../../../hooks/use-action'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { formatShanghai } from '../../../../types/shanghai-time'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsolePage } from '../../components/ConsolePage'
import { TableHead, timeOrder } from '../../components/TableHead'
import { actionButton } from '../../components/ConsoleToolbar'
import { ConsoleRow, RowHead } from '../../components/ConsoleRow'
import AdminMemberPage from '../member/index'
import { FilterBar } from '../../components/FilterBar'
import { PhoneUnverifiedTag, RosterMatchTag } from '../../components/MemberTags'
import { RosterImport } from '../../components/RosterImport'
import { filterRow } from '../../filter-rows'
import { useConsoleList } from '../../hooks/use-console-list'
import { useConsoleUser } from '../../hooks/use-console-user'
import { ADMIN_ROUTES, adminMemberUrl } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

type QueueStatus = Exclude<MemberStatus, 'draft'>

const STATUS_FILTER = filterRow<QueueStatus>('member-status-filter', MEMBER_STATUS_LABELS, {
  values: ['pending', 'verified', 'rejected', 'withdrawn', 'revoked'],
})

const KIND_FILTER = filterRow('member-kind-filter', MEMBER_KIND_LABELS, { all: '全部' })

const MATCH_FILTER = filterRow<RosterMatch>(
  'member-match-filter',
  { full: ROSTER_MATCH_LABELS.full, partial: '信息不一致', none: ROSTER_MATCH_LABELS.none },
  { all: '全部' },
)

type QueueFilters = {
  status: QueueStatus
  kind?: MemberKind
  rosterMatch?: RosterMatch
  q?: string
  order?: TimeOrder
}
const FIRST_FILTERS: QueueFilters = { status: 'pending' }

const EMPTY_TEXT: Record<QueueStatus, string> = {
  pending: '暂无待审核的登记',
  verified: '暂无已认证的党员',
  rejected: '暂无已退回的登记',
  withdrawn: '暂无已撤回的登记',
  revoked: '暂无已撤销认证的党员',
}

const COLUMNS = { main: '党员', work: '店铺与支部', check: '花名册比对' }
const CARD_CHECK = {
  className: 'admin-members__card-check',
  label: '核验党员卡',
  url: ADMIN_ROUTES.cardCheck,
}
const COVERAGE = {
  className: 'admin-members__coverage',
  label: '覆盖情况',
  url: ADMIN_ROUTES.coverage,
}
/** Secretaries export their own branches' ledger here; the committee does it on the coverage page. */
const BRANCH_LEDGER = { className: 'admin-members__ledger', label: '导出本支部党员台账' }

export default function AdminMembersPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.members)
  const { committee } = useConsoleUser(signedIn)
  const { filters, filterBy, list } = useConsoleList(api.member.queue, FIRST_FILTERS, signedIn)
  const ledger = useAction(saveMemberLedger)

  // Coming back from a registration shows where it now stands.
  useReloadOnReturn(list.reload)

  const narrowed = !!(filters.kind || filters.rosterMatch || filters.q)

  return (
    <ConsolePage
      className="admin-members"
      signedIn={signedIn}
      title="党员登记审核"
      links={committee ? [CARD_CHECK, COVERAGE] : [CARD_CHECK]}
      buttons={committee ? [] : [actionButton(BRANCH_LEDGER, ledger)]}
    >
      {committee ? <RosterImport onChanged={list.reload} /> : null}

      <View className="section card">
        <FilterBar
          search={{
            name: 'admin-members',
            placeholder: '姓名或手机号',
            maxLength: 20,
            onSearch: (text) => filterBy('q')(text || undefined),
          }}
        >
          <FilterChips
            {...STATUS_FILTER}
            value={filters.status}
            onChange={(next) => filterBy('status')(next ?? 'pending')}
          />
          <FilterChips {...KIND_FILTER} value={filters.kind} onChange={filterBy('kind')} />
          <FilterChips
            {...MATCH_FILTER}
            value={filters.rosterMatch}
            onChange={filterBy('rosterMatch')}
          />
        </FilterBar>
        <ConsoleList
          list={list}
          detail={AdminMemberPage}
          head={
            <TableHead
              block="member-row"
              columns={COLUMNS}
              order={timeOrder('main', filters.order, filterBy('order'))}
            />
          }
          row={(member) => <MemberRow key={member.userId} member={member} />}
          empty={narrowed ? '没有符合条件的登记' : EMPTY_TEXT[filters.status]}
          unit="人"
        />
      </View>
    </ConsolePage>
  )
}

function MemberRow({ member }: { member: QueuedMember }) {
  return (
    <ConsoleRow
      block="member-row"
      data={{ 'user-id': member.userId, status: member.status }}
      url={adminMemberUrl(member.userId)}
      open="审核"
      main={
        <>
          <RowHead block="member-row" title={member.realName} titleName="name">
            <Text className="member-row__gender">{member.gender}</Text>
            <Text className="member-row__phone">{member.phoneMasked}</Text>
          </RowHead>
          <View className="member-row__party">
            <Text className="member-row__standing">{STANDING_LABELS[member.standing]}</Text>
            <Text className="member-row__kind">{MEMBER_KIND_LABELS[member.kind]}</Text>
            <Text className="member-row__joined">入党 {member.joinedOn}</Text>
          </View>
          <Text className="console-table__muted member-row__submitted">
            提交于 {formatShanghai(member.submittedAt)}
          </Text>
        </>
      }
    >
      <View className="member-row__work">
        <Text className="member-row__shop">
          {member.shop?.name ?? '未填写店铺'} · {member.post}
        </Text>
        <Text
          className={`member-row__branch${member.branch ? '' : ' member-row__branch--none console-table__muted'}`}
        >
          {member.branch?.name ?? '未分配'}
        </Text>
      </View>
      <View className="member-row__check">
        <RosterMatchTag match={member.rosterMatch} className="member-row__match" />
        {!member.phoneVerified && <PhoneUnverifiedTag className="member-row__phone-unverified" />}
      </View>
    </ConsoleRow>
  )
}

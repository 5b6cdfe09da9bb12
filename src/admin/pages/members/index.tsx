import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import {
  MEMBER_KIND_LABELS,
  MEMBER_STATUS_LABELS,
  MemberKind,
  ROSTER_MATCH_LABELS,
  STANDING_LABELS,
  type MemberStatus,
  type RosterMatch,
} from '../../../../types/member'
import { PageShell } from '../../../components/PageShell'
import { SearchBar } from '../../../components/SearchBar'
import { FilterChips, type FilterOption } from '../../../components/FilterChips'
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { listMemberQueue, saveMemberLedger, type QueuedMember } from '../../../services/member'
import { useAction } from '../../../hooks/use-action'
import { getMe } from '../../../services/user'
import { formatShanghai } from '../../../utils/format'
import { AdminPager } from '../../components/AdminPager'
import { PhoneUnverifiedTag, RosterMatchTag } from '../../components/MemberTags'
import { RosterImport } from '../../components/RosterImport'
import { ADMIN_ROUTES, adminMemberUrl } from '../../routes'
import '../../console.scss'
import './index.scss'

const PAGE_SIZE = 20

type QueueStatus = Exclude<MemberStatus, 'draft'>

const STATUS_OPTIONS: FilterOption<QueueStatus>[] = (
  ['pending', 'verified', 'rejected', 'withdrawn', 'revoked'] as const
).map((status) => ({ value: status, label: MEMBER_STATUS_LABELS[status] }))

const KIND_OPTIONS: FilterOption<MemberKind>[] = [
  { value: undefined, label: '全部' },
  ...MemberKind.options.map((kind) => ({ value: kind, label: MEMBER_KIND_LABELS[kind] })),
]

const MATCH_OPTIONS: FilterOption<RosterMatch>[] = [
  { value: undefined, label: '全部' },
  { value: 'full', label: ROSTER_MATCH_LABELS.full },
  { value: 'partial', label: '信息不一致' },
  { value: 'none', label: ROSTER_MATCH_LABELS.none },
]

const EMPTY_TEXT: Record<QueueStatus, string> = {
  pending: '暂无待审核的登记',
  verified: '暂无已认证的党员',
  rejected: '暂无已退回的登记',
  withdrawn: '暂无已撤回的登记',
  revoked: '暂无已撤销认证的党员',
}

export default function AdminMembersPage() {
  const signedIn = useRequireSignIn(ADMIN_ROUTES.members)
  const me = useRemoteData(getMe, [], signedIn)
  const isAdmin = me.data?.roles.includes('admin') ?? false
  const [status, setStatus] = useState<QueueStatus>('pending')
  const [kind, setKind] = useState<MemberKind>()
  const [rosterMatch, setRosterMatch] = useState<RosterMatch>()
  const [query, setQuery] = useState('')
  const [page, setPage] = useState(1)
  // Secretaries export their own branches' ledger here; the committee does it on the coverage page.
  const ledger = useAction(saveMemberLedger)
  const queue = useRemoteData(
    () =>
      listMemberQueue({
        status,
        kind,
        rosterMatch,
        q: query || undefined,
        page,
        pageSize: PAGE_SIZE,
      }),
    [status, kind, rosterMatch, query, page],
    signedIn,
  )

  // Coming back from a registration shows where it now stands.
  const shownOnce = useRef(false)
  useDidShow(() => {
    if (shownOnce.current) queue.reload()
    shownOnce.current = true
  })

  const filter = <V,>(set: (v: V) => void) => {
    return (value: V) => {
      set(value)
      setPage(1)
    }
  }
  const search = (text: string) => {
    setQuery(text)
    setPage(1)
  }

  if (!signedIn)
    return (
      <PageShell className="admin-members" width="wide">
        {null}
      </PageShell>
    )

  const narrowed = !!(kind || rosterMatch || query)

  return (
    <PageShell className="admin-members" width="wide">
      <View className="console-toolbar">
        <Text className="section__title admin-members__title">党员登记审核</Text>
        <View className="console-toolbar__grow" />
        <Button
          className="admin-members__card-check"
          size="small"
          onClick={() => Taro.navigateTo({ url: ADMIN_ROUTES.cardCheck })}
        >
          核验党员卡
        </Button>
        {isAdmin ? (
          <Button
            className="admin-members__coverage"
            size="small"
            onClick={() => Taro.navigateTo({ url: ADMIN_ROUTES.coverage })}
          >
            覆盖情况
          </Button>
        ) : (
          <Button
            className="admin-members__ledger"
            size="small"
            loading={ledger.pending}
            onClick={() => ledger.run()}
          >
            导出本支部党员台账
          </Button>
        )}
      </View>

      {isAdmin ? <RosterImport onApproved={queue.reload} /> : null}

      <View className="section card">
        <SearchBar
          className="console-toolbar"
          inputClassName="admin-members__query console-input console-toolbar__grow"
          buttonClassName="admin-members__search"
          placeholder="姓名或手机号"
          maxLength={20}
          onSearch={search}
        />
        <View className="console-filters">
          <FilterChips
            name="member-status-filter"
            options={STATUS_OPTIONS}
            value={status}
            onChange={(next) => filter(setStatus)(next ?? 'pending')}
          />
          <FilterChips
            name="member-kind-filter"
            options={KIND_OPTIONS}
            value={kind}
            onChange={filter(setKind)}
          />
          <FilterChips
            name="member-match-filter"
            options={MATCH_OPTIONS}
            value={rosterMatch}
            onChange={filter(setRosterMatch)}
          />
        </View>

        <View className="console-table__row console-table__row--head">
          <Text className="member-row__main">党员</Text>
          <Text className="member-row__work">店铺与支部</Text>
          <Text className="member-row__check">花名册比对</Text>
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
          <EmptyState text={narrowed ? '没有符合条件的登记' : EMPTY_TEXT[status]} />
        ) : null}
        {!queue.loading
          ? queue.data?.list.map((member) => <MemberRow key={member.userId} member={member} />)
          : null}
        {queue.data ? (
          <AdminPager
            page={page}
            pageSize={PAGE_SIZE}
            total={queue.data.total}
            unit="人"
            onChange={setPage}
          />
        ) : null}
      </View>
    </PageShell>
  )
}

function MemberRow({ member }: { member: QueuedMember }) {
  return (
    <View
      className="console-table__row member-row"
      data-user-id={member.userId}
      data-status={member.status}
      onClick={() => Taro.navigateTo({ url: adminMemberUrl(member.userId) })}
    >
      <View className="member-row__main">
        <View className="member-row__head">
          <Text className="member-row__name">{member.realName}</Text>
          <Text className="member-row__gender">{member.gender}</Text>
          <Text className="member-row__phone">{member.phoneMasked}</Text>
        </View>
        <View className="member-row__party">
          <Text className="member-row__standing">{STANDING_LABELS[member.standing]}</Text>
          <Text className="member-row__kind">{MEMBER_KIND_LABELS[member.kind]}</Text>
          <Text className="member-row__joined">入党 {member.joinedOn}</Text>
        </View>
        <Text className="console-table__muted member-row__submitted">
          提交于 {formatShanghai(member.submittedAt)}
        </Text>
      </View>
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
      <Text className="console-link member-row__open">审核 ›</Text>
    </View>
  )
}

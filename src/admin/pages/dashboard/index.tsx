import { Text, View } from '@tarojs/components'
import { ROLES, ROLE_LABELS, type Role } from '../../../../types/roles'
import { ConsoleShell } from '../../components/ConsoleShell'
import { FigureTiles, districtTiles } from '../../../components/FigureTiles'
import { FilterChips } from '../../../components/FilterChips'
import { RoleTags } from '../../../components/RoleTags'
import { LoadStates } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import { ROUTES } from '../../../constants/routes'
import { formatShanghai } from '../../../../types/shanghai-time'
import { AdminToggle } from '../../components/AdminToggle'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsoleNav, type ConsoleNavCard } from '../../components/ConsoleNav'
import { CONSOLE_SECTIONS } from '../../console-sections'
import { DashboardBoard } from '../../components/DashboardBoard'
import { filterRow } from '../../filter-rows'
import { useConsoleList } from '../../hooks/use-console-list'
import { useConsoleUser } from '../../hooks/use-console-user'
import { mayOpen } from '../../access'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

const ROLE_FILTER = filterRow('role-filter', ROLE_LABELS, { all: '全部', values: ROLES })

const NO_FILTERS: { role?: Role } = {}

/** What waits for the committee: overdue complaints, held ratings, pending registrations. */
async function loadWaiting(): Promise<{ overdue: number; held: number; members: number }> {
  const [overdue, held, members] = await Promise.all([
    api.complaint.queue({ overdueOnly: true, pageSize: 1 }),
    api.rating.held({ pageSize: 1 }),
    api.member.queue({ pageSize: 1 }),
  ])
  return { overdue: overdue.total, held: held.total, members: members.total }
}

/** What waits in each area, as the card's badge: its label and the count once loaded. */
type Waiting = Record<string, { label: string; count: number | undefined }>

function navCards(waiting: Waiting, roles: readonly string[]): ConsoleNavCard[] {
  return CONSOLE_SECTIONS.filter((s) => mayOpen(s.url, roles)).map((s) => ({
    name: s.name,
    title: s.title,
    description: (!roles.includes('admin') && s.forSecretary) || s.description,
    url: s.url,
    count: waiting[s.name]?.count,
    countLabel: waiting[s.name]?.label,
  }))
}

export default function DashboardPage() {
  const signedIn = useConsoleGate(ROUTES.dashboard)
  const overview = useRemoteData(api.district.overview, [], signedIn)
  const { me, committee } = useConsoleUser(signedIn)
  // The committee's queues; a secretary's own counts come with her cards below.
  const waiting = useRemoteData(loadWaiting, [], signedIn && committee)
  // A secretary reviews only her branches' wishes, so the count is hers.
  const pendingWishes = useRemoteData(
    async () => (await api.wish.queue({ view: 'pending', pageSize: 1 })).total,
    [],
    signedIn,
  )
  // A secretary's counts are her branches' activities and corrections.
  const overdueHours = useRemoteData(
    async () => (await api.activity.queue({ view: 'flagged', pageSize: 1 })).total,
    [],
    signedIn,
  )
  const pendingCorrections = useRemoteData(
    async () => (await api.activity.corrections({ pageSize: 1 })).total,
    [],
    signedIn,
  )
  const {
    filters,
    filterBy,
    list: users,
  } = useConsoleList(api.user.list, NO_FILTERS, signedIn && committee)

  if (!signedIn) return <ConsoleShell className="dashboard" />

  return (
    <ConsoleShell className="dashboard">
      <View className="dashboard__header">
        <Text className="dashboard__title">
          {overview.data?.committeeName ?? '商圈党委'} · 管理后台
        </Text>
        {overview.data ? <Text className="dashboard__district">{overview.data.name}</Text> : null}
      </View>

      <View className="section">
        {me.data ? (
          <ConsoleNav
            cards={navCards(
              {
                complaints: { label: '逾期', count: waiting.data?.overdue },
                ratings: { label: '待审', count: waiting.data?.held },
                members: { label: '待审', count: waiting.data?.members },
                wishes: { label: '待审', count: pendingWishes.data },
                activities: { label: '超期', count: overdueHours.data },
                corrections: { label: '待处理', count: pendingCorrections.data },
              },
              me.data.roles,
            )}
          />
        ) : null}
      </View>

      <View className="section">
        <Text className="section__title">商圈数据</Text>
        <LoadStates loaded={overview} />
        {overview.data ? <FigureTiles tiles={districtTiles(overview.data.figures)} /> : null}
      </View>

      {committee ? <DashboardBoard /> : null}

      {committee ? (
        <View className="section card">
          <Text className="section__title">用户与角色</Text>
          <FilterChips {...ROLE_FILTER} value={filters.role} onChange={filterBy('role')} />
          <View className="user-table">
            <ConsoleList
              list={users}
              head={
                <View className="console-table__row console-table__row--head user-table__row user-table__row--head">
                  <Text className="user-table__cell user-table__cell--name">昵称</Text>
                  <Text className="user-table__cell user-table__cell--roles">角色</Text>
                  <Text className="user-table__cell user-table__cell--date">注册时间</Text>
                  <Text className="user-table__cell user-table__cell--admin">管理员</Text>
                </View>
              }
              row={(user) => (
                <View
                  key={user.userId}
                  className="console-table__row user-table__row"
                  data-user-id={user.userId}
                >
                  <Text className="user-table__cell user-table__cell--name">{user.nickname}</Text>
                  <View className="user-table__cell user-table__cell--roles">
                    <RoleTags roles={user.roles} />
                  </View>
                  <Text className="user-table__cell user-table__cell--date">
                    {formatShanghai(user.createdAt)}
                  </Text>
                  <View className="user-table__cell user-table__cell--admin">
                    <AdminToggle user={user} selfId={me.data?.userId} onChanged={users.reload} />
                  </View>
                </View>
              )}
              empty="没有符合条件的用户"
              unit="人"
            />
          </View>
        </View>
      ) : null}
    </ConsoleShell>
  )
}

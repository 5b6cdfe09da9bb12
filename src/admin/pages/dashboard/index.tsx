import { Text, View } from '@tarojs/components'
import { ROLES, ROLE_LABELS, type Role } from '../../../../types/roles'
import { PageShell } from '../../../components/PageShell'
import { FigureTiles, districtTiles } from '../../../components/FigureTiles'
import { FilterChips } from '../../../components/FilterChips'
import { RoleTags } from '../../../components/RoleTags'
import { LoadStates } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { getOverview } from '../../../services/district'
import { listUsers } from '../../../services/user'
import { complaintQueue } from '../../../services/complaint'
import { heldRatings } from '../../../services/rating'
import { listMemberQueue } from '../../../services/member'
import { wishQueue } from '../../../services/wish'
import { activityQueue, corrections } from '../../../services/activity'
import { ROUTES } from '../../../constants/routes'
import { formatShanghai } from '../../../../types/shanghai-time'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsoleNav, type ConsoleNavCard } from '../../components/ConsoleNav'
import { DashboardBoard } from '../../components/DashboardBoard'
import { filterRow } from '../../filter-rows'
import { useConsoleList } from '../../hooks/use-console-list'
import { useConsoleUser } from '../../hooks/use-console-user'
import { ADMIN_ROUTES } from '../../routes'
import { mayOpen } from '../../access'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

const ROLE_FILTER = filterRow('role-filter', ROLE_LABELS, { all: '全部', values: ROLES })

const NO_FILTERS: { role?: Role } = {}

/** What waits for the committee: overdue complaints, held ratings, pending registrations. */
async function loadWaiting(): Promise<{ overdue: number; held: number; members: number }> {
  const [overdue, held, members] = await Promise.all([
    complaintQueue({ overdueOnly: true, pageSize: 1 }),
    heldRatings({ pageSize: 1 }),
    listMemberQueue({ pageSize: 1 }),
  ])
  return { overdue: overdue.total, held: held.total, members: members.total }
}

/** 微心愿 and 三张清单: the needs list, resources, projects and the figures. */
function wishCards(pendingWishes: number | undefined): ConsoleNavCard[] {
  return [
    {
      name: 'wishes',
      title: '微心愿',
      description: '心愿审核、派单看板、逾期督办、代录心愿',
      url: ADMIN_ROUTES.wishes,
      count: pendingWishes,
      countLabel: '待审',
    },
    {
      name: 'wish-resources',
      title: '资源清单',
      description: '审核党员、商户、支部提供的资源，本月使用情况',
      url: ADMIN_ROUTES.resources,
    },
    {
      name: 'wish-projects',
      title: '项目清单',
      description: '新建项目，纳入心愿与资源，查看进度',
      url: ADMIN_ROUTES.projects,
    },
    {
      name: 'wish-figures',
      title: '心愿数据',
      description: '提交、认领、实现、认领榜，导出心愿台账',
      url: ADMIN_ROUTES.wishFigures,
    },
  ]
}

/** 志愿服务: activities (those whose hours are overdue for confirmation), figures, corrections. */
function volunteerCards(
  overdueHours: number | undefined,
  pendingCorrections: number | undefined,
): ConsoleNavCard[] {
  return [
    {
      name: 'activities',
      title: '志愿活动',
      description: '发布、修改、取消活动，报名名单，超期未确认时长',
      url: ADMIN_ROUTES.activities,
      count: overdueHours,
      countLabel: '超期',
    },
    {
      name: 'volunteer-figures',
      title: '志愿数据',
      description: '活动、志愿者、服务时长，按月按类别，导出志愿服务台账',
      url: ADMIN_ROUTES.volunteerFigures,
    },
    {
      name: 'corrections',
      title: '时长更正',
      description: '志愿者对服务记录的更正申请，同意或不同意',
      url: ADMIN_ROUTES.corrections,
      count: pendingCorrections,
      countLabel: '待处理',
    },
  ]
}

export default function DashboardPage() {
  const signedIn = useConsoleGate(ROUTES.dashboard)
  const overview = useRemoteData(getOverview, [], signedIn)
  const { me, committee } = useConsoleUser(signedIn)
  // The committee's queues; a secretary's own counts come with her cards below.
  const waiting = useRemoteData(loadWaiting, [], signedIn && committee)
  // A secretary reviews only her branches' wishes, so the count is hers.
  const pendingWishes = useRemoteData(
    async () => (await wishQueue({ view: 'pending', pageSize: 1 })).total,
    [],
    signedIn,
  )
  // A secretary's counts are her branches' activities and corrections.
  const overdueHours = useRemoteData(
    async () => (await activityQueue({ view: 'flagged', pageSize: 1 })).total,
    [],
    signedIn,
  )
  const pendingCorrections = useRemoteData(
    async () => (await corrections({ pageSize: 1 })).total,
    [],
    signedIn,
  )
  const {
    filters,
    filterBy,
    list: users,
  } = useConsoleList(listUsers, NO_FILTERS, signedIn && committee)

  if (!signedIn) return <PageShell className="dashboard" width="wide" />

  return (
    <PageShell className="dashboard" width="wide">
      <View className="dashboard__header">
        <Text className="dashboard__title">
          {overview.data?.committeeName ?? '商圈党委'} · 管理后台
        </Text>
        {overview.data ? <Text className="dashboard__district">{overview.data.name}</Text> : null}
      </View>

      <View className="section">
        <ConsoleNav
          cards={[
            {
              name: 'shops',
              title: '店铺管理',
              description: '新建、导入、停业，认领码、荣誉、二维码海报',
              url: ADMIN_ROUTES.shops,
            },
            {
              name: 'complaints',
              title: '投诉督办',
              description: '受理、交办、办理结果与核实整改',
              url: ADMIN_ROUTES.complaints,
              count: waiting.data?.overdue,
              countLabel: '逾期',
            },
            {
              name: 'orgs',
              title: '党组织架构',
              description: '街道党工委、商圈党委、党总支、党支部，任命书记',
              url: ADMIN_ROUTES.orgs,
            },
            {
              name: 'ratings',
              title: '评价审核',
              description: '集中评价计入或舍弃',
              url: ADMIN_ROUTES.ratings,
              count: waiting.data?.held,
              countLabel: '待审',
            },
            {
              name: 'members',
              title: '党员审核',
              description: '党员登记审核、花名册比对、一键通过',
              url: ADMIN_ROUTES.members,
              count: waiting.data?.members,
              countLabel: '待审',
            },
            {
              name: 'coverage',
              title: '党员覆盖',
              description: '找到党员、亮身份、党的工作覆盖率、导出台账',
              url: ADMIN_ROUTES.coverage,
            },
            {
              name: 'card-check',
              title: '核验党员卡',
              description: '扫码或输入核验码，确认电子党员卡有效',
              url: ADMIN_ROUTES.cardCheck,
            },
            {
              name: 'audit-log',
              title: '操作日志',
              description: '审核、交办、授予、停业、角色变更、导入导出，谁在何时做了什么',
              url: ADMIN_ROUTES.auditLog,
            },
            ...wishCards(pendingWishes.data),
            ...volunteerCards(overdueHours.data, pendingCorrections.data),
          ].filter((card) => !!me.data && mayOpen(card.url, me.data.roles))}
        />
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
                </View>
              )}
              empty="没有符合条件的用户"
              unit="人"
            />
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}

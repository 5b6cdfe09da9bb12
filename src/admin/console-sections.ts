// The console's work areas, stated once: the console home shows them as cards (with what waits in
// each), the desktop console as its side navigation, and a page's breadcrumb names the area it
// belongs to. Who sees which area follows access.ts.
import { ADMIN_ROUTES } from './routes'

export type ConsoleSection = {
  /** Modifier for tests and styling: `.console-nav__card--<name>`, `.console-side__item--<name>`. */
  name: string
  title: string
  description: string
  /** What a branch secretary does there, where it is less than the committee does. */
  forSecretary?: string
  url: string
  /** Where the side navigation lists it. */
  group: string
  /** Pages opened from this area (a detail, a form), so it stays marked there too. */
  pages?: string[]
}

export const CONSOLE_HOME = { title: '管理后台', url: ADMIN_ROUTES.dashboard }

export const CONSOLE_SECTIONS: ConsoleSection[] = [
  {
    name: 'shops',
    title: '店铺管理',
    description: '新建、导入、停业，认领码、荣誉、二维码海报',
    url: ADMIN_ROUTES.shops,
    group: '店铺与诚信',
    pages: [ADMIN_ROUTES.shopForm, ADMIN_ROUTES.shopImport],
  },
  {
    name: 'complaints',
    title: '投诉督办',
    description: '受理、交办、办理结果与核实整改',
    url: ADMIN_ROUTES.complaints,
    group: '店铺与诚信',
    pages: [ADMIN_ROUTES.complaint],
  },
  {
    name: 'ratings',
    title: '评价审核',
    description: '集中评价计入或舍弃',
    url: ADMIN_ROUTES.ratings,
    group: '店铺与诚信',
  },
  {
    name: 'orgs',
    title: '党组织架构',
    description: '街道党工委、商圈党委、党总支、党支部，任命书记',
    url: ADMIN_ROUTES.orgs,
    group: '党建',
  },
  {
    name: 'members',
    title: '党员审核',
    description: '党员登记审核、花名册比对、一键通过',
    forSecretary: '本支部党员登记审核、花名册比对',
    url: ADMIN_ROUTES.members,
    group: '党建',
    pages: [ADMIN_ROUTES.member],
  },
  {
    name: 'coverage',
    title: '党员覆盖',
    description: '找到党员、亮身份、党的工作覆盖率、导出台账',
    url: ADMIN_ROUTES.coverage,
    group: '党建',
  },
  {
    name: 'card-check',
    title: '核验党员卡',
    description: '扫码或输入核验码，确认电子党员卡有效',
    url: ADMIN_ROUTES.cardCheck,
    group: '党建',
  },
  {
    name: 'wishes',
    title: '微心愿',
    description: '心愿审核、派单看板、逾期督办、代录心愿',
    forSecretary: '审核本支部所辖的心愿',
    url: ADMIN_ROUTES.wishes,
    group: '微心愿',
    pages: [ADMIN_ROUTES.wish],
  },
  {
    name: 'wish-resources',
    title: '资源清单',
    description: '审核党员、商户、支部提供的资源，本月使用情况',
    url: ADMIN_ROUTES.resources,
    group: '微心愿',
  },
  {
    name: 'wish-projects',
    title: '项目清单',
    description: '新建项目，纳入心愿与资源，查看进度',
    url: ADMIN_ROUTES.projects,
    group: '微心愿',
    pages: [ADMIN_ROUTES.project],
  },
  {
    name: 'wish-figures',
    title: '心愿数据',
    description: '提交、认领、实现、认领榜，导出心愿台账',
    url: ADMIN_ROUTES.wishFigures,
    group: '微心愿',
  },
  {
    name: 'activities',
    title: '志愿活动',
    description: '发布、修改、取消活动，报名名单，超期未确认时长',
    url: ADMIN_ROUTES.activities,
    group: '志愿服务',
    pages: [ADMIN_ROUTES.activityForm],
  },
  {
    name: 'volunteer-figures',
    title: '志愿数据',
    description: '活动、志愿者、服务时长，按月按类别，导出志愿服务台账',
    url: ADMIN_ROUTES.volunteerFigures,
    group: '志愿服务',
  },
  {
    name: 'corrections',
    title: '时长更正',
    description: '志愿者对服务记录的更正申请，同意或不同意',
    url: ADMIN_ROUTES.corrections,
    group: '志愿服务',
  },
  {
    name: 'audit-log',
    title: '操作日志',
    description: '审核、交办、授予、停业、角色变更、导入导出，谁在何时做了什么',
    url: ADMIN_ROUTES.auditLog,
    group: '监督',
  },
]

/** The area a console page (by its path) belongs to, or null for the home and pages outside. */
export function sectionOf(path: string): ConsoleSection | null {
  const bare = path.split('?')[0]
  return CONSOLE_SECTIONS.find((s) => s.url === bare || (s.pages ?? []).includes(bare)) ?? null
}

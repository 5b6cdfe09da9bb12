// Who may open each console page: the one answer the navigation (which cards and links a person is
// shown) and the pages themselves (refusing one opened by URL) both read. It follows the roles the
// server gives each page's actions, so no link leads to 没有权限进行此操作.
import type { Role } from '../../types/roles'
import { ADMIN_ROUTES } from '../../types/pages'

type AdminPage = keyof typeof ADMIN_ROUTES

const COMMITTEE: Role[] = ['admin']
/** The committee, and a secretary for her own branches. */
const BRANCHES: Role[] = ['admin', 'secretary']

export const ADMIN_PAGE_ROLES: Record<AdminPage, Role[]> = {
  dashboard: BRANCHES,
  shops: COMMITTEE,
  shopForm: COMMITTEE,
  shopImport: COMMITTEE,
  complaints: COMMITTEE,
  complaint: COMMITTEE,
  ratings: COMMITTEE,
  orgs: COMMITTEE,
  members: BRANCHES,
  member: BRANCHES,
  coverage: COMMITTEE,
  cardCheck: BRANCHES,
  wishes: BRANCHES,
  wish: BRANCHES,
  wishFigures: COMMITTEE,
  resources: COMMITTEE,
  projects: COMMITTEE,
  project: COMMITTEE,
  activities: BRANCHES,
  activityForm: BRANCHES,
  volunteerFigures: COMMITTEE,
  corrections: BRANCHES,
  auditLog: COMMITTEE,
  // 电脑端登录: only these roles may sign in on the web.
  webLogin: BRANCHES,
  // 启用管理后台: for the person holding the first run's code, who has no role yet.
  bootstrap: ['public'],
  // Says who a page is for: anyone may be sent there.
  noAccess: ['public'],
}

/** The roles a console page (by its path, query and all) is for; null for a page not in the console. */
export function rolesFor(url: string): Role[] | null {
  const path = url.split('?')[0]
  const page = (Object.keys(ADMIN_ROUTES) as AdminPage[]).find((p) => ADMIN_ROUTES[p] === path)
  return page ? ADMIN_PAGE_ROLES[page] : null
}

/** Whether someone with `roles` may open the page at `url`. */
export function mayOpen(url: string, roles: readonly string[]): boolean {
  const allowed = rolesFor(url)
  return !allowed || allowed.some((r) => roles.includes(r))
}

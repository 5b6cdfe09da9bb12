// The monthly report's short generated summary (工作小结): a few sentences that read the period's
// figures against the period before, in the words a committee's report would use.
import { COMPLAINT_CATEGORIES } from '../../types/complaint'
import type { DashboardFigures } from '../../types/dashboard'

const verifiedAtEnd = (f: DashboardFigures) =>
  f.members.trend[f.members.trend.length - 1]?.total ?? 0

/** "（上期 8 件）" beside a count, when there is a period before to compare with. */
function before(value: number | undefined, unit: string): string {
  return value === undefined ? '' : `（上期 ${value} ${unit}）`
}

function members(f: DashboardFigures, prev: DashboardFigures | null): string {
  const total = verifiedAtEnd(f)
  const before = prev ? verifiedAtEnd(prev) : null
  const growth =
    before === null
      ? `认证党员累计 ${total} 名`
      : before === total
        ? `认证党员保持 ${total} 名`
        : `认证党员由 ${before} 名${total > before ? '增至' : '减至'} ${total} 名`
  return `${f.period.label}，新登记党员 ${f.members.found} 名，新认证 ${f.members.verified} 名，${growth}。`
}

function coverage(f: DashboardFigures): string {
  const { rate, covered, shops, branches } = f.coverage
  const lowest = branches
    .filter((b) => b.shops > 0)
    .sort((a, b) => a.rate - b.rate || a.name.localeCompare(b.name))[0]
  const weakest =
    lowest && lowest.rate < rate ? `；${lowest.name}覆盖率最低（${lowest.rate}%）` : ''
  return `党的工作覆盖率 ${rate}%（有认证党员的营业店铺 ${covered} / ${shops} 家）${weakest}。`
}

function complaints(f: DashboardFigures, prev: DashboardFigures | null): string {
  const c = f.complaints
  if (c.total === 0) return `本期未收到投诉${before(prev?.complaints.total, '件')}。`
  const top = [...c.byCategory].sort((a, b) => b.total - a.total)[0]
  const median = c.medianDays === null ? '' : `，办理用时中位数 ${c.medianDays} 天`
  return (
    `收到投诉 ${c.total} 件${before(prev?.complaints.total, '件')}，已办理 ${c.handled} 件${median}，` +
    `超期 ${c.overdue} 件（${c.overdueShare}%）；最多的是「${COMPLAINT_CATEGORIES[top.category]}」（${top.total} 件）。`
  )
}

function integrity(f: DashboardFigures): string {
  const count = (level: string) => f.integrity.find((i) => i.level === level)?.shops ?? 0
  const red = count('red')
  const yellow = count('yellow')
  if (red + yellow + count('green') === 0) return '暂无营业店铺。'
  if (red + yellow === 0) return '营业店铺诚信等级均为“诚信良好”。'
  return `诚信预警店铺 ${red} 家，需要改进 ${yellow} 家，诚信良好 ${count('green')} 家。`
}

function wishes(f: DashboardFigures): string {
  const w = f.wishes
  if (w.submitted + w.approved + w.claimed + w.fulfilled === 0) return '本期没有微心愿的新进展。'
  return `微心愿新提交 ${w.submitted} 个，审核通过 ${w.approved} 个，认领 ${w.claimed} 个，实现 ${w.fulfilled} 个。`
}

function volunteering(f: DashboardFigures, prev: DashboardFigures | null): string {
  const v = f.volunteering
  return `开展志愿服务活动 ${v.activities} 场，服务时长 ${v.hours} 小时${before(prev?.volunteering.hours, '小时')}。`
}

/** The summary's sentences for `f`, compared with `prev` (the period of equal length before). */
export function reportSummary(f: DashboardFigures, prev: DashboardFigures | null): string[] {
  return [
    members(f, prev),
    coverage(f),
    complaints(f, prev),
    integrity(f),
    wishes(f),
    volunteering(f, prev),
  ]
}

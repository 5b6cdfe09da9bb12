// The dashboard's charts in the built mini-program (dist/weapp in a Node sandbox): each chart asks
// the page for its `<Canvas type="2d">` node and echarts draws the option built from the figures —
// its legend and axis labels reach the canvas.
import path from 'node:path'
import type { ActionOutput } from '../../types/api'
import { MiniSandbox, findByClass, meReply, waitFor, type CloudCall } from './mini-sandbox'

const DIST = path.resolve(__dirname, '../../dist/weapp')

const FIGURES: ActionOutput<'dashboard', 'figures'> = {
  period: { from: '2026-12', to: '2026-12', label: '2026年12月' },
  members: {
    found: 5,
    verified: 3,
    trend: ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'].map((month, i) => ({
      month,
      found: i,
      verified: i,
      total: i * 2,
    })),
  },
  coverage: {
    covered: 4,
    shops: 10,
    rate: 40,
    branches: [
      { orgId: 'org-1', name: '美食街党支部', covered: 4, shops: 6, rate: 66.7, members: 4 },
    ],
  },
  complaints: {
    total: 2,
    handled: 1,
    medianDays: 2.5,
    overdue: 1,
    overdueShare: 50,
    byCategory: [
      { category: 'price', total: 2, handled: 1, medianDays: 2.5, overdue: 1, overdueShare: 50 },
    ],
  },
  integrity: [
    { level: 'green', shops: 7 },
    { level: 'yellow', shops: 2 },
    { level: 'red', shops: 1 },
  ],
  wishes: { submitted: 8, approved: 6, claimed: 4, fulfilled: 2 },
  volunteering: {
    hours: 12,
    activities: 3,
    trend: [{ month: '2026-12', hours: 12, activities: 3 }],
  },
}

function sandbox(): MiniSandbox {
  const box = new MiniSandbox(DIST, (call: CloudCall) => {
    const key = `${call.name}.${call.data.action}`
    if (key === 'user.me') return meReply('user-1', '王建国', ['admin'])
    if (key === 'dashboard.figures') return { ok: true, data: FIGURES }
    if (key.endsWith('Queue') || key.endsWith('queue') || key === 'user.list')
      return { ok: true, data: { list: [], total: 0, page: 1, pageSize: 20 } }
    return { ok: false, error: { code: 'NOT_FOUND', message: `no canned reply for ${key}` } }
  })
  box.launch()
  return box
}

/** Every string the chart's canvas was asked to write. */
function textsDrawn(box: MiniSandbox, selector: string): string[] {
  const drawn = box.canvases.get(selector)?.drawn ?? []
  return drawn.filter((d) => d.op === 'fillText').map((d) => String(d.args[0]))
}

it('asks for each chart’s 2d canvas node and draws the option built from the figures', async () => {
  const box = sandbox()
  const page = box.open('admin/pages/dashboard/index')
  await waitFor(() => findByClass(page.data.root, 'chart-card').length === 6, 'six charts')
  await waitFor(() => box.canvases.has('#chart-members'), 'the members chart’s canvas')
  expect(box.queries).toContainEqual({
    selector: '#chart-members',
    fields: { node: true, size: true },
  })
  for (const name of ['members', 'coverage', 'complaints', 'integrity', 'wishes', 'volunteering'])
    await waitFor(() => box.canvases.has(`#chart-${name}`), `the ${name} canvas`)
  // Drawing goes on over a few frames (series animate in), so each text is awaited.
  const drawn = (chart: string, text: string) =>
    waitFor(() => textsDrawn(box, `#chart-${chart}`).includes(text), `${text} on ${chart}`, 10_000)
  await drawn('members', '新发现')
  await drawn('members', '新认证')
  await drawn('members', '12月')
  await drawn('coverage', '美食街党支部')
  await drawn('integrity', '诚信良好 7')
})

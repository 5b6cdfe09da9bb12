// The dashboard's charts in the built mini-program (dist/weapp in a Node sandbox): each chart asks
// the page for its `<Canvas type="2d">` node and echarts draws the option built from the figures —
// its legend and axis labels reach the canvas.
import path from 'node:path'
import { FIGURES } from '../support/dashboard-figures'
import { MiniSandbox, findByClass, meReply, waitFor, type CloudCall } from './mini-sandbox'

const DIST = path.resolve(__dirname, '../../dist/weapp')

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

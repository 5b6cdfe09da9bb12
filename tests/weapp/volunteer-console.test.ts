// The committee's 志愿服务 console in the built mini-program (dist/weapp in a Node sandbox, cloud
// functions answering from canned envelopes): the activity list with its tabs, places and the
// overdue flag; a correction approved with the hours asked for.
import path from 'node:path'
import type { ActionOutput } from '../../types/api'
import { MiniSandbox, cannedCloud, findByClass, meReply, textOf, waitFor } from './mini-sandbox'

const DIST = path.resolve(__dirname, '../../dist/weapp')

type Summary = ActionOutput<'activity', 'queue'>['list'][number]
type Correction = ActionOutput<'activity', 'corrections'>['list'][number]

const ACTIVITY: Summary = {
  activityId: 'act-1',
  title: '美食街平安巡逻',
  category: 'patrol',
  cover: null,
  address: '美食街东口服务站',
  startAt: '2026-11-20T11:00:00.000Z',
  endAt: '2026-11-20T13:00:00.000Z',
  capacity: 2,
  confirmed: 2,
  waitlisted: 1,
  state: 'ended',
  audience: '所有人',
  organiser: '红星路商圈联合党委',
  flagged: true,
}

const CORRECTION: Correction = {
  recordId: 'act-1:user-9',
  activityId: 'act-1',
  activityTitle: '美食街平安巡逻',
  category: 'patrol',
  date: '2026-11-20',
  place: '美食街东口服务站',
  content: '两人一组沿美食街巡查消防通道。',
  hours: 2,
  organiser: '红星路商圈联合党委',
  leader: '陈晓燕',
  recordedAt: '2026-11-21T02:00:00.000Z',
  correction: { status: 'pending', hours: 2.5, reason: '提前半小时到场', decisionNote: null },
  volunteer: '王小明',
}

function sandboxAs(roles: string[]): MiniSandbox {
  let decided = false
  const cloud = cannedCloud({
    'user.me': meReply('user-1', '王建国', roles),
    'activity.queue': { ok: true, data: { list: [ACTIVITY], total: 1, page: 1, pageSize: 20 } },
    'activity.corrections': () => {
      const list = decided ? [] : [CORRECTION]
      return { ok: true, data: { list, total: list.length, page: 1, pageSize: 20 } }
    },
    'activity.decideCorrection': () => {
      decided = true
      return { ok: true, data: { ...CORRECTION, hours: 2.5 } }
    },
  })
  const sandbox = new MiniSandbox(DIST, cloud)
  sandbox.launch()
  return sandbox
}

it('lists the activities with their tabs, places taken and the overdue flag', async () => {
  const sandbox = sandboxAs(['admin'])
  const page = sandbox.open('admin/pages/activities/index')
  await waitFor(() => findByClass(page.data.root, 'activity-row').length === 1, 'the row')
  expect(findByClass(page.data.root, 'activity-view__item').map(textOf)).toEqual([
    '未开始',
    '进行中',
    '已结束',
    '待确认时长',
    '超期未确认',
    '已取消',
    '全部',
  ])
  expect(textOf(findByClass(page.data.root, 'activity-row__signed')[0])).toBe('已报名 2/2 · 候补 1')
  expect(textOf(findByClass(page.data.root, 'activity-row__flag')[0])).toBe('超期未确认')
  expect(textOf(findByClass(page.data.root, 'activity-row__time')[0])).toBe(
    '2026-11-20 19:00–21:00',
  )
  // An ended activity is not edited any more.
  expect(findByClass(page.data.root, 'activity-row__edit')).toHaveLength(0)
  await waitFor(
    () => findByClass(page.data.root, 'admin-activities__figures').length === 1,
    'the committee’s links',
  )
})

it('approves a correction with the hours asked for', async () => {
  const sandbox = sandboxAs(['admin'])
  const calls = sandbox.cloudCalls
  const page = sandbox.open('admin/pages/corrections/index')
  await waitFor(() => findByClass(page.data.root, 'correction-row').length === 1, 'the request')
  expect(textOf(findByClass(page.data.root, 'correction-row__hours')[0])).toBe(
    '记录时长 2 小时 → 申请更正为 2.5 小时',
  )
  sandbox.tapText(page, 'correction-choice__item', '同意')
  await waitFor(
    () => findByClass(page.data.root, 'correction-decision__hours').length === 1,
    'the hours field',
  )
  sandbox.tap(page, findByClass(page.data.root, 'correction-decision__submit')[0])
  await waitFor(() => calls.some((c) => c.data.action === 'decideCorrection'), 'the decision')
  expect(calls.find((c) => c.data.action === 'decideCorrection')!.data.data).toEqual({
    recordId: 'act-1:user-9',
    approve: true,
    hours: 2.5,
  })
  await waitFor(() => findByClass(page.data.root, 'correction-row').length === 0, 'the row gone')
})

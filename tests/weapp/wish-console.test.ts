// The committee's 微心愿 console in the built mini-program (dist/weapp in a Node sandbox, cloud
// functions answering from canned envelopes): the committee's tabs and the dispatch board with a
// suggested resource; dispatching with that resource and a quick deadline; a secretary's page
// offering review only.
import path from 'node:path'
import type { ActionOutput } from '../../types/api'
import { shanghaiToday } from '../../types/shanghai-time'
import { UNTOUCHED_SUMMARY, UNTOUCHED_WISH, type WishView } from './wish-view-fixture'
import { MiniSandbox, cannedCloud, findByClass, meReply, textOf, waitFor } from './mini-sandbox'

const DIST = path.resolve(__dirname, '../../dist/weapp')
const DAY_MS = 24 * 3600 * 1000

const SUMMARY = {
  wishId: 'wish-1',
  title: '续签租赁合同求法律帮助',
  category: 'legal',
  status: 'open',
  wisher: '刘*',
  place: '红星饺子馆',
  ...UNTOUCHED_SUMMARY,
  createdAt: '2026-12-01T02:00:00.000Z',
} as const

const VIEW: WishView = {
  ...SUMMARY,
  description: '店里和房东的租赁合同快到期了，想请懂法律的人帮忙看看续签条款。',
  ...UNTOUCHED_WISH,
  placeDetail: { kind: 'shop', shopId: 'shop-002' },
  viewer: 'committee',
  contact: '13955550188',
  timeline: [],
  can: ['dispatch'],
}

const SUGGESTIONS: ActionOutput<'wish', 'suggestions'> = {
  list: [
    {
      resourceId: 'demo-resource-2',
      title: '党员律师免费法律咨询',
      owner: { kind: 'branch', name: '美食街党支部' },
      target: { kind: 'branch', orgId: 'org-food-street' },
      left: 8,
    },
  ],
}

function sandboxAs(roles: string[]): MiniSandbox {
  const cloud = cannedCloud({
    'user.me': meReply('user-1', '王建国', roles),
    'wish.queue': { ok: true, data: { list: [SUMMARY], total: 1, page: 1, pageSize: 20 } },
    'wish.suggestions': { ok: true, data: SUGGESTIONS },
    'wish.get': { ok: true, data: VIEW },
    'wish.dispatch': { ok: true, data: { ...VIEW, status: 'dispatched', can: [] } },
    'org.tree': { ok: true, data: { list: [] } },
  })
  const sandbox = new MiniSandbox(DIST, cloud)
  sandbox.launch()
  return sandbox
}

it('shows the committee its tabs and the dispatch board with suggested resources', async () => {
  const sandbox = sandboxAs(['admin'])
  const calls = sandbox.cloudCalls
  const page = sandbox.open('admin/pages/wishes/index')
  await waitFor(() => findByClass(page.data.root, 'wish-view__item').length === 6, 'the tabs')
  expect(findByClass(page.data.root, 'admin-wishes__proxy')).toHaveLength(1)
  sandbox.tapText(page, 'wish-view__item', '派单看板')
  await waitFor(
    () => findByClass(page.data.root, 'wish-suggestion__title').length === 1,
    'the suggestion',
  )
  expect(textOf(findByClass(page.data.root, 'wish-suggestion__title')[0])).toBe(
    '党员律师免费法律咨询',
  )
  expect(
    calls.some(
      (c) => c.data.action === 'queue' && JSON.stringify(c.data.data).includes('"view":"open"'),
    ),
  ).toBe(true)
})

it('dispatches with the suggested resource and a quick deadline', async () => {
  const sandbox = sandboxAs(['admin'])
  const calls = sandbox.cloudCalls
  const page = sandbox.open('admin/pages/wish/index', { id: 'wish-1' })
  await waitFor(() => findByClass(page.data.root, 'wish-suggestion').length === 1, 'the form')
  sandbox.tap(page, findByClass(page.data.root, 'wish-suggestion')[0])
  await waitFor(
    () => findByClass(page.data.root, 'dispatch-form__chosen').length === 1,
    'the chosen branch',
  )
  expect(textOf(findByClass(page.data.root, 'dispatch-form__chosen')[0])).toBe(
    '派给：党组织 · 美食街党支部',
  )
  sandbox.tap(page, findByClass(page.data.root, 'dispatch-deadline__shortcut')[0])
  await waitFor(
    () => findByClass(page.data.root, 'choice-chip--active').some((n) => textOf(n) === '3 天'),
    'the deadline chosen',
  )
  sandbox.tap(page, findByClass(page.data.root, 'dispatch-form__submit')[0])
  await waitFor(() => calls.some((c) => c.data.action === 'dispatch'), 'the dispatch')
  const sent = calls.find((c) => c.data.action === 'dispatch')!.data.data
  expect(sent).toEqual({
    wishId: 'wish-1',
    to: { kind: 'branch', orgId: 'org-food-street' },
    deadline: shanghaiToday(new Date(Date.now() + 3 * DAY_MS)),
    resourceId: 'demo-resource-2',
    note: '',
  })
})

it('offers a secretary review only', async () => {
  const sandbox = sandboxAs(['secretary'])
  const page = sandbox.open('admin/pages/wishes/index')
  await waitFor(() => findByClass(page.data.root, 'wish-view__item').length === 2, 'the tabs')
  expect(findByClass(page.data.root, 'wish-view__item').map(textOf)).toEqual(['待审核', '全部'])
  expect(findByClass(page.data.root, 'admin-wishes__proxy')).toHaveLength(0)
  expect(findByClass(page.data.root, 'admin-wishes__figures')).toHaveLength(0)
})

// The wish page in the built mini-program (dist/weapp in a Node sandbox, the cloud answering from
// canned envelopes): a member taps 认领心愿, which calls wish.claim; the reply shows the wisher's
// phone, and 联系心愿人 dials it through WeChat. The same tap asks for the holder's subscribe messages.
import path from 'node:path'
import type { ActionOutput } from '../../types/api'
import { MESSAGE_KINDS } from '../../types/inbox'
import { UNTOUCHED_SUMMARY, UNTOUCHED_WISH, type WishView } from './wish-view-fixture'
import { MiniSandbox, cannedCloud, findByClass, meReply, textOf, waitFor } from './mini-sandbox'

const DIST = path.resolve(__dirname, '../../dist/weapp')
const PHONE = '13912345678'

const OPEN: WishView = {
  wishId: 'wish-1',
  title: '想请人陪老伴去医院复查',
  category: 'companionship',
  status: 'open',
  wisher: '刘*',
  place: '步行街东段',
  ...UNTOUCHED_SUMMARY,
  createdAt: '2026-12-01T02:00:00.000Z',
  description: '老伴腿脚不便，下周二上午要去社区医院复查。',
  ...UNTOUCHED_WISH,
  placeDetail: { kind: 'area', area: '步行街东段' },
  viewer: 'public',
  timeline: [{ at: '2026-12-01T02:00:00.000Z', actor: '心愿人', action: '提交心愿', note: '' }],
  can: ['claim'],
}

const PREFERENCES: ActionOutput<'inbox', 'preferences'> = {
  list: MESSAGE_KINDS.map((kind) => ({
    kind,
    label: kind,
    enabled: true,
    mandatory: false,
    templateId: `tmpl-${kind}`,
  })),
}

const CLAIMED: WishView = {
  ...OPEN,
  status: 'claimed',
  holder: { kind: 'member', name: '陈*燕' },
  viewer: 'holder',
  contact: PHONE,
  deadline: '2026-12-15T02:00:00.000Z',
  can: ['release', 'progress', 'fulfil'],
}

it('claims a wish with one tap and dials the wisher', async () => {
  const sandbox = new MiniSandbox(
    DIST,
    cannedCloud({
      'wish.get': { ok: true, data: OPEN },
      'wish.claim': { ok: true, data: CLAIMED },
      'user.me': meReply('user-member', '陈晓燕', ['member']),
      'inbox.preferences': { ok: true, data: PREFERENCES },
      'inbox.subscribe': { ok: true, data: { recorded: 3 } },
    }),
  )
  sandbox.launch()
  const page = sandbox.open('wish/pages/detail/index', { id: 'wish-1' })
  await waitFor(
    () => findByClass(page.data.root, 'claim-form__submit').length === 1,
    'the claim button',
  )
  expect(textOf(findByClass(page.data.root, 'wish-status')[0])).toBe('待认领')
  expect(findByClass(page.data.root, 'wish-detail__phone')).toHaveLength(0)
  await waitFor(
    () => sandbox.cloudCalls.some((c) => c.data.action === 'preferences'),
    'the templates loaded',
  )
  await new Promise((r) => setTimeout(r, 50))

  sandbox.tap(page, findByClass(page.data.root, 'claim-form__submit')[0])
  await waitFor(() => sandbox.callsOf('requestSubscribeMessage').length === 1, 'the request')
  expect(sandbox.callsOf('requestSubscribeMessage')[0]).toMatchObject({
    tmplIds: ['tmpl-wish_confirmed', 'tmpl-wish_due_soon', 'tmpl-wish_overdue'],
  })
  await waitFor(() => findByClass(page.data.root, 'wish-detail__phone').length === 1, 'the phone')
  const claim = sandbox.cloudCalls.find((c) => c.data.action === 'claim')
  expect(claim).toMatchObject({
    name: 'wish',
    data: { action: 'claim', data: { wishId: 'wish-1', as: { kind: 'member' } } },
  })
  expect(textOf(findByClass(page.data.root, 'wish-status')[0])).toBe('已认领')
  expect(textOf(findByClass(page.data.root, 'wish-detail__phone')[0])).toBe(PHONE)

  sandbox.tap(page, findByClass(page.data.root, 'wish-page__call')[0])
  await waitFor(() => sandbox.callsOf('makePhoneCall').length === 1, 'the call')
  expect(sandbox.callsOf('makePhoneCall')[0]).toMatchObject({ phoneNumber: PHONE })
})

// The member subpackage in the built mini-program (dist/weapp in a Node sandbox, cloud functions
// answering from canned envelopes): the phone comes from WeChat's getPhoneNumber button, a pending
// registration shows its status, and the member card shows the card and the 亮身份 switch.
import path from 'node:path'
import type { ActionOutput } from '../../types/api'
import { MiniSandbox, cannedCloud, findByClass, meReply, textOf, waitFor } from './mini-sandbox'

const DIST = path.resolve(__dirname, '../../dist/weapp')

type Mine = ActionOutput<'member', 'mine'>['registration']

const REGISTRATION: NonNullable<Mine> = {
  status: 'rejected',
  realName: '张三明',
  gender: '男',
  phone: '13812345678',
  joinedOn: '2015-07-01',
  standing: 'full',
  recordOrg: '财源',
  transferred: false,
  floating: false,
  shop: { shopId: 'shop-003', name: '阿婆糖水铺' },
  post: '店长',
  skills: [],
  branch: { orgId: 'org-food-street', name: '美食街党支部' },
  rejectReason: '请填写组织关系所在单位全称',
  showStatus: false,
  submittedAt: '2026-11-20T02:00:00.000Z',
  decidedAt: '2026-11-21T02:00:00.000Z',
}

const CARD: ActionOutput<'member', 'card'> = {
  realName: '张三明',
  standing: 'full',
  branch: { orgId: 'org-food-street', name: '美食街党支部' },
  shop: { shopId: 'shop-003', name: '阿婆糖水铺' },
  post: '店长',
  verifiedAt: '2026-11-22T02:00:00.000Z',
  code: 'M1.user-1.1.abcdefghijklmnop',
  qrImage: 'data:image/png;base64,iVBORw0KGgo=',
}

function sandboxAnswering(registration: Mine): MiniSandbox {
  const sandbox = new MiniSandbox(
    DIST,
    cannedCloud({
      'member.mine': { ok: true, data: { registration } },
      'member.card': { ok: true, data: CARD },
      'user.me': meReply('user-1', '访客', ['member']),
    }),
  )
  sandbox.launch()
  return sandbox
}

it('shows a rejected registration with its reason and the WeChat phone button', async () => {
  const sandbox = sandboxAnswering(REGISTRATION)
  const page = sandbox.open('member/pages/register/index')
  await waitFor(
    () => findByClass(page.data.root, 'member-reject-reason').length === 1,
    'the reason',
  )
  expect(textOf(findByClass(page.data.root, 'member-status')[0])).toBe('已退回')
  expect(textOf(findByClass(page.data.root, 'member-reject-reason')[0])).toBe(
    '退回原因：请填写组织关系所在单位全称',
  )
  const phoneButton = findByClass(page.data.root, 'register-form__phone-button')[0]
  expect(JSON.stringify(phoneButton)).toContain('getPhoneNumber')
  expect(textOf(findByClass(page.data.root, 'register-form__submit')[0])).toBe('修改后重新提交')
})

it('shows a pending registration and where it stands', async () => {
  const sandbox = sandboxAnswering({ ...REGISTRATION, status: 'pending', rejectReason: null })
  const page = sandbox.open('member/pages/register/index')
  await waitFor(() => findByClass(page.data.root, 'member-status').length === 1, 'the status')
  expect(textOf(findByClass(page.data.root, 'member-status')[0])).toBe('待审核')
  expect(findByClass(page.data.root, 'member-withdraw')).toHaveLength(1)
})

it('shows the member card with its QR and the 亮身份 switch', async () => {
  const sandbox = sandboxAnswering({ ...REGISTRATION, status: 'verified', rejectReason: null })
  const page = sandbox.open('member/pages/card/index')
  await waitFor(() => findByClass(page.data.root, 'member-card__name').length === 1, 'the card')
  expect(textOf(findByClass(page.data.root, 'member-card__name')[0])).toBe('张三明')
  expect(textOf(findByClass(page.data.root, 'member-card__branch')[0])).toContain('美食街党支部')
  expect(JSON.stringify(findByClass(page.data.root, 'member-card__qr'))).toContain(CARD.qrImage)
  await waitFor(() => findByClass(page.data.root, 'show-status__state').length === 1, 'the switch')
  expect(textOf(findByClass(page.data.root, 'show-status__state')[0])).toBe('未开启')
})

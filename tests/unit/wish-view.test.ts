import {
  wishActions,
  wishSummary,
  wishView,
  type WishRelation,
} from '../../server/domain/wish-view'
import { blankWish, type WishDoc } from '../../server/repositories/wishes'
import { encryptPhone } from '../../server/services/member-crypto'
import { wishLedgerRow } from '../../server/services/wish-sheet'

beforeAll(() => {
  process.env.MEMBER_DATA_KEY ??= 'ab'.repeat(32)
})

const at = new Date('2026-12-03T02:00:00Z')

function wish(change: Partial<WishDoc> = {}): WishDoc {
  return {
    ...blankWish(at),
    _id: 'w1',
    wisherId: 'u-wisher',
    wisherName: '欧阳小明',
    onBehalf: null,
    title: '想学用智能手机',
    description: '想学会用手机视频通话，和外地的孙子说话。',
    category: 'companionship',
    photos: ['cloud://p/1.jpg'],
    wantedBy: null,
    place: { kind: 'area', area: '红星社区' },
    branchId: 'org-1',
    contactCipher: encryptPhone('13812345678'),
    status: 'claimed',
    pool: true,
    holder: { kind: 'member', userId: 'u-holder', name: '黄志强' },
    holderKeys: ['user:u-holder'],
    deadline: at,
    timeline: [
      { at, actor: 'wisher', action: '提交心愿', note: '' },
      { at, actor: 'committee', action: '审核通过', note: '', byName: '王建国' },
      { at, actor: 'system', action: '内部', note: '只给党委看', internal: true },
    ],
    submittedAt: at,
    approvedAt: at,
    claimedAt: at,
    submittedMonth: '2026-12',
    approvedMonth: '2026-12',
    claimedMonth: '2026-12',
    ...change,
  }
}

const rel = (change: Partial<WishRelation>): WishRelation => ({
  viewer: 'public',
  committee: false,
  wisher: false,
  holds: false,
  reviewer: false,
  mayClaim: false,
  ...change,
})

it('never identifies the wisher on the wall', () => {
  expect(wishSummary(wish())).toMatchObject({
    wisher: '欧**明',
    place: '红星社区',
    holder: { kind: 'member', name: '黄*强' },
    photo: 'cloud://p/1.jpg',
    thanks: null,
  })
})

it('shows the contact in full to the holder, assignee and committee, masked to the wisher, else not', () => {
  const contact = (viewer: WishRelation['viewer']) => wishView(wish(), rel({ viewer })).contact
  expect(contact('holder')).toBe('13812345678')
  expect(contact('assignee')).toBe('13812345678')
  expect(contact('committee')).toBe('13812345678')
  expect(contact('wisher')).toBe('138****5678')
  expect(contact('reviewer')).toBeNull()
  expect(contact('public')).toBeNull()
})

it('keeps internal notes, who acted and the 代录 source for the committee', () => {
  const proxy = wish({ onBehalf: { name: '韩爷爷', source: '社区走访' } })
  const committee = wishView(proxy, rel({ viewer: 'committee', committee: true }))
  expect(committee.onBehalf).toEqual({ name: '韩爷爷', source: '社区走访' })
  expect(committee.timeline.map((e) => e.actor)).toEqual(['心愿人', '商圈党委（王建国）', '系统'])
  const pub = wishView(proxy, rel({}))
  expect(pub.onBehalf).toBeNull()
  expect(pub.timeline.map((e) => e.actor)).toEqual(['心愿人', '商圈党委'])
})

it('lists only the actions the server will accept', () => {
  expect(wishActions(wish(), rel({ viewer: 'holder', holds: true, mayClaim: true }))).toEqual([
    'release',
    'progress',
    'fulfil',
  ])
  const open = wish({ status: 'open', holder: null, holderKeys: [] })
  expect(wishActions(open, rel({ mayClaim: true }))).toEqual(['claim'])
  expect(wishActions(open, rel({ viewer: 'wisher', wisher: true, mayClaim: true }))).toEqual([
    'withdraw',
  ])
  expect(wishActions(open, rel({ viewer: 'committee', committee: true }))).toEqual(['dispatch'])
  const pending = wish({ status: 'pending', pool: false })
  expect(wishActions(pending, rel({ viewer: 'reviewer', reviewer: true }))).toEqual(['review'])
  const fulfilled = wish({ status: 'fulfilled' })
  expect(wishActions(fulfilled, rel({ viewer: 'wisher', wisher: true }))).toEqual(['confirm'])
  const proxy = wish({ status: 'fulfilled', onBehalf: { name: '韩爷爷', source: '走访' } })
  expect(wishActions(proxy, rel({ viewer: 'committee', committee: true }))).toEqual(['confirm'])
  expect(
    wishActions(wish({ status: 'dispatched' }), rel({ viewer: 'assignee', holds: true })),
  ).toEqual(['respond'])
})

it('writes the committee’s ledger row in full, with the timeline as lines', () => {
  const row = wishLedgerRow(
    wish({
      status: 'confirmed',
      confirmation: { rating: 5, thanks: '谢谢', at, auto: false },
    }),
  )
  expect(row).toMatchObject({ wisher: '欧阳小明', status: '已实现', rating: 5, thanks: '谢谢' })
  expect(String(row.timeline).split('\n')).toHaveLength(3)
  expect(row.timeline).toContain('审核通过（王建国）')
})

// 操作日志: every decision the committee and a secretary take through the API is in the log — who,
// when, what, on what, why — once even when retried, never when refused; filters and the export
// agree with the list; nothing can change it.
import ExcelJS from 'exceljs'
import { fetchDownload } from '../../support/downloads'
import { API } from '../../../types/api'
import { AUDITED_ACTIONS } from '../../../types/audited-actions'
import { formatShanghai, shanghaiMonth } from '../../../types/shanghai-time'
import { DEMO_CALLERS, expectRolesRefused } from '../../support/access'
import { activityInput } from '../../support/activity-input'
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'

const stack = fileStack()

let serial = 0
async function call(openid: string, fn: string, action: string, data: object = {}) {
  const res = await stack.http(openid, fn, {
    action,
    data,
    idempotencyKey: `audit-call-${++serial}`,
  })
  if (res.status !== 200) throw new Error(`${fn}.${action}: ${JSON.stringify(res.body)}`)
  return res.body.data
}

type Entry = {
  at: string
  by: { userId: string; name: string; roles: string[] }
  kind: string
  what: string
  subject: { type: string; id: string | null; label: string }
  reason: string | null
}

/** An activity three days from now, for the secretary's branch or the committee. */
const activity = (title: string) =>
  activityInput(72, 2, {
    title,
    category: 'civility',
    description: '向美食街商户发放消防安全宣传单，检查灭火器。',
    capacity: 6,
  })

async function log(filter: object = {}): Promise<Entry[]> {
  return (await call('demo-admin', 'audit', 'list', { pageSize: 50, ...filter })).list
}

it('holds each decision the committee and a secretary take, with who, what, on what and why', async () => {
  const before = await log()
  const pending = await call('demo-admin', 'member', 'queue', { status: 'pending', pageSize: 5 })
  const [first, second] = pending.list.map((m: { userId: string }) => m.userId)
  await call('demo-admin', 'member', 'approve', { userId: first })
  await call('demo-admin', 'member', 'reject', { userId: second, reason: '入党时间与档案不符' })
  await call('demo-admin', 'shop', 'setStatus', {
    shopId: 'shop-002',
    status: 'suspended',
    reason: '店铺装修停业',
  })
  const complaint = (await call('demo-admin', 'complaint', 'queue', { status: 'submitted' }))
    .list[0]
  await call('demo-admin', 'complaint', 'accept', {
    complaintId: complaint.complaintId,
    severity: 'minor',
  })
  const wish = (await call('demo-admin', 'wish', 'queue', { view: 'pending' })).list[0]
  await call('demo-admin', 'wish', 'review', {
    wishId: wish.wishId,
    decision: 'reject',
    reason: '心愿内容与微心愿范围不符',
  })
  // The secretary publishes an activity for her branch, then cancels it.
  const created = await call('demo-secretary', 'activity', 'create', activity('美食街消防安全宣传'))
  const activityId = created.activityId ?? created.activityIds?.[0]
  await call('demo-secretary', 'activity', 'cancel', { activityId, reason: '天气原因改期' })

  const added = (await log()).slice(0, (await log()).length - before.length).reverse()
  expect(
    added.map((e) => [e.by.name, e.kind, e.subject.type, e.subject.id, e.subject.label, e.reason]),
  ).toEqual([
    ['王建国', 'approve', 'member', first, expect.stringMatching(/\*/), null],
    ['王建国', 'reject', 'member', second, expect.stringMatching(/\*/), '入党时间与档案不符'],
    ['王建国', 'suspend', 'shop', 'shop-002', expect.any(String), '店铺装修停业'],
    [
      '王建国',
      'approve',
      'complaint',
      complaint.complaintId,
      expect.stringMatching(/的投诉$/),
      null,
    ],
    ['王建国', 'reject', 'wish', wish.wishId, wish.title, '心愿内容与微心愿范围不符'],
    ['李红梅', 'create', 'activity', activityId, '美食街消防安全宣传', null],
    ['李红梅', 'cancel', 'activity', activityId, '美食街消防安全宣传', '天气原因改期'],
  ])
  expect(added[0].what).toBe(API.member.approve.summary)
  expect(added[3].what).toBe('受理投诉并定级：轻微')
  expect(added[5].by.roles).toContain('secretary')
  expect(shanghaiMonth(new Date(added[0].at))).toBe(shanghaiMonth(new Date()))
  expectEveryQueryIndexed(stack)
})

it('says what was decided: to whom and by when a complaint went, whose attendance and which mark', async () => {
  // The complaint the first case accepted.
  const complaint = (await call('demo-admin', 'complaint', 'queue', { status: 'accepted' })).list[0]
  const deadline = new Date(Date.now() + 3 * 24 * 3600 * 1000)
  await call('demo-admin', 'complaint', 'assign', {
    complaintId: complaint.complaintId,
    handler: { kind: 'committee', name: '商圈党委' },
    deadline: deadline.toISOString(),
  })
  const checkIn = new Date(Date.now() - 30 * 60 * 1000)
  await call('demo-admin', 'activity', 'attendance', {
    activityId: 'demo-activity-today',
    userId: 'user-member-03',
    mark: 'late',
    checkInAt: checkIn.toISOString(),
    reason: '路上堵车晚到半小时',
  })
  const [attendance, assigned] = await log()
  expect(assigned.what).toBe(`交办：商圈党委，期限 ${formatShanghai(deadline)}`)
  expect(attendance.what).toMatch(
    new RegExp(`^手工登记出勤：\\S*\\*\\S*，迟到 ${formatShanghai(checkIn, 'HH:mm')}$`),
  )
  expect(attendance.reason).toBe('路上堵车晚到半小时')
})

it('records a retried decision once and a refused one not at all', async () => {
  const before = (await log()).length
  // A publication retried with the same key (the reply was lost): one activity, one entry.
  const body = {
    action: 'create',
    data: activity('美食街垃圾分类宣传'),
    idempotencyKey: 'audit-retried',
  }
  const [a, b] = [
    await stack.http('demo-admin', 'activity', body),
    await stack.http('demo-admin', 'activity', body),
  ]
  expect([a.body, b.status]).toEqual([expect.objectContaining({ ok: true }), 200])
  expect(b.body.data).toEqual(a.body.data)
  const pending = await call('demo-admin', 'member', 'queue', { status: 'pending', pageSize: 1 })
  const userId = pending.list[0].userId
  // Refused: no reason given, and a member nobody registered.
  const refused = await stack.http('demo-admin', 'member', {
    action: 'reject',
    data: { userId },
  })
  expect(refused.status).toBe(400)
  const missing = await stack.http('demo-admin', 'member', {
    action: 'approve',
    data: { userId: 'nobody-here' },
  })
  expect(missing.status).toBe(404)
  const after = await log()
  expect(after.length).toBe(before + 1)
  expect(after[0]).toMatchObject({ kind: 'create', subject: { label: '美食街垃圾分类宣传' } })
})

it('filters by person, kind and period, and exports what the filter shows', async () => {
  const secretary = await log({ by: 'user-secretary' })
  expect(secretary.length).toBeGreaterThanOrEqual(2)
  expect(secretary.every((e) => e.by.name === '李红梅')).toBe(true)
  const cancels = await log({ kind: 'cancel' })
  expect(cancels.map((e) => e.subject.label)).toEqual(['美食街消防安全宣传'])
  const month = shanghaiMonth(new Date())
  const thisMonth = (await log()).filter((e) => shanghaiMonth(new Date(e.at)) === month)
  expect(await log({ from: month, to: month })).toEqual(thisMonth)
  expect(await log({ from: '2020-01', to: '2020-12' })).toEqual([])
  const bad = await stack.http('demo-admin', 'audit', {
    action: 'list',
    data: { from: '2026-12', to: '2026-01' },
  })
  expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['from'])

  const file = await call('demo-admin', 'audit', 'export', { by: 'user-secretary' })
  expect(file.fileName).toMatch(/^操作日志-\d{8}\.xlsx$/)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await fetchDownload(file)) as unknown as ArrayBuffer)
  const sheet = book.worksheets[0]
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    '时间',
    '操作人',
    '身份',
    '类型',
    '操作',
    '对象类型',
    '对象',
    '原因',
  ])
  const rows = sheet.getSheetValues().slice(2) as unknown[][]
  // One row per entry the same filter lists (plus the export itself, now in the log).
  expect(rows.length).toBe(secretary.length)
  expect(rows.map((r) => r[7])).toEqual(secretary.map((e) => e.subject.label))
  const exported = await log({ kind: 'export' })
  expect(exported[0]).toMatchObject({ by: { name: '王建国' }, what: API.audit.export.summary })
})

it('is read by the committee only, and offers no way to change an entry', async () => {
  expect(Object.keys(API.audit).sort()).toEqual(['export', 'list'])
  await expectRolesRefused(API.audit, DEMO_CALLERS, (openid, action, data) =>
    stack.http(openid, 'audit', { action, data }),
  )
})

it('lists as a decision every write the committee or a secretary can make', () => {
  // Reads and timer sweeps are not decisions; every other committee or secretary action is.
  const NOT_DECISIONS = new Set([
    'user.list',
    'shop.poster',
    'shop.allPosters',
    'shop.code',
    'shop.adminGet',
    'shop.adminList',
    'shop.history',
    'shop.issueClaimCode',
    'member.verifyCard',
    'member.queue',
    'member.get',
    'member.coverage',
    'org.tree',
    'rating.held',
    'complaint.queue',
    'complaint.sweep',
    'inbox.remind',
    'wish.claim',
    'wish.release',
    'wish.respond',
    'wish.progress',
    'wish.fulfil',
    'wish.queue',
    'wish.suggestions',
    'wish.figures',
    'wish.sweep',
    'resource.publish',
    'resource.withdraw',
    'resource.mine',
    'resource.queue',
    'activity.queue',
    'activity.figures',
    'activity.sweep',
    'volunteer.search',
    'dashboard.figures',
    'housekeeping.sweep',
    'audit.list',
    // Signing one's own desktop in is a sign-in, not a decision about the district's records.
    'auth.confirmLogin',
    // Reading a login request before confirming it.
    'auth.inspectLogin',
  ])
  const table = AUDITED_ACTIONS as Record<string, Record<string, unknown> | undefined>
  const missing: string[] = []
  for (const [fn, actions] of Object.entries(API))
    for (const [action, spec] of Object.entries(actions as Record<string, { access: unknown }>)) {
      const name = `${fn}.${action}`
      const staff =
        Array.isArray(spec.access) && spec.access.some((r) => r === 'admin' || r === 'secretary')
      if (staff && !NOT_DECISIONS.has(name) && !table[fn]?.[action]) missing.push(name)
    }
  expect(missing).toEqual([])
})

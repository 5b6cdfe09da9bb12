import ExcelJS from 'exceljs'
import { fetchDownload } from '../../support/downloads'
import { expectEveryQueryIndexed } from '../../support/stack'
import { dayIn } from '../../support/time'
import { CONTACT, createBranch, createMerchantShop, createPeople, wishStack } from './fixtures'

const w = wishStack()

const actions = (view: { timeline: { action: string }[] }) => view.timeline.map((e) => e.action)

it('runs submit → review → claim → progress → fulfil → confirm, and the board and figures follow', async () => {
  const branch = await createBranch()
  const other = await createBranch('别的支部')
  const { wisher, member } = await createPeople({ wisher: '林奶奶' }, { member: '黄志强' })

  // A draft is the writer's alone; submitted, a wish at the branch's shop is the branch
  // secretary's to review (not another branch's).
  const draft = await w.call(wisher.openid, 'saveDraft', {
    title: '想给奶奶修好收音机',
    place: { kind: 'shop', shopId: branch.shop.shopId },
  })
  const wishId = draft.body.data.wishId
  const queued = async () =>
    (await w.call(branch.secretary.openid, 'queue', { view: 'all' })).body.data.list.map(
      (s: { wishId: string }) => s.wishId,
    )
  expect(await queued()).toEqual([])
  await w.submit(wisher.openid, {
    wishId,
    place: { kind: 'shop', shopId: branch.shop.shopId },
  })
  expect(await queued()).toEqual([wishId])
  const pending = await w.call(wisher.openid, 'get', { wishId })
  expect(pending.body.data).toMatchObject({
    status: 'pending',
    viewer: 'wisher',
    can: ['withdraw'],
  })
  expect((await w.call(member.openid, 'get', { wishId })).status).toBe(404)
  expect(
    (await w.call(other.secretary.openid, 'review', { wishId, decision: 'approve' })).body.error
      .code,
  ).toBe('FORBIDDEN')

  // Asked for a change, edited and resubmitted, then approved by the branch's secretary.
  const revise = await w.call(branch.secretary.openid, 'review', {
    wishId,
    decision: 'revise',
    reason: '请写清楚收音机的型号',
  })
  expect(revise.body.data).toMatchObject({ status: 'returned', viewer: 'reviewer', contact: null })
  const returned = await w.call(wisher.openid, 'get', { wishId })
  expect(returned.body.data).toMatchObject({
    reviewNote: '请写清楚收音机的型号',
    can: ['edit', 'withdraw'],
  })
  await w.submit(wisher.openid, {
    wishId,
    description: '奶奶每天听戏的熊猫牌收音机坏了，希望有人帮忙修。',
    place: { kind: 'shop', shopId: branch.shop.shopId },
  })
  const approved = await w.call(branch.secretary.openid, 'review', { wishId, decision: 'approve' })
  expect(approved.body.data).toMatchObject({ status: 'open' })

  // On the wall: the wisher masked, the place by the shop's name.
  const wall = await w.call(null, 'list', { keyword: '收音机' })
  const row = wall.body.data.list.find((s: { wishId: string }) => s.wishId === wishId)
  expect(row).toMatchObject({ wisher: '林*奶', place: branch.shop.name, status: 'open' })
  expect(wall.body.data.month.open).toBeGreaterThanOrEqual(1)
  const publicView = await w.call(null, 'get', { wishId })
  expect(publicView.body.data).toMatchObject({ viewer: 'public', contact: null, can: [] })
  expect((await w.call(member.openid, 'get', { wishId })).body.data.can).toEqual(['claim'])

  const claimed = await w.call(member.openid, 'claim', { wishId })
  expect(claimed.body.data).toMatchObject({
    status: 'claimed',
    viewer: 'holder',
    contact: CONTACT,
    holder: { kind: 'member', name: '黄*强' },
    can: ['release', 'progress', 'fulfil'],
  })
  expect((await w.call(member.openid, 'claim', { wishId })).status).toBe(200) // idempotent
  const held = await w.call(member.openid, 'mine', { side: 'held' })
  expect(held.body.data.list.map((s: { wishId: string }) => s.wishId)).toContain(wishId)
  await w.call(member.openid, 'progress', { wishId, note: '已联系林奶奶，周六上门' })
  await w.call(member.openid, 'fulfil', { wishId, note: '换了电容，收音机能响了', photos: [] })

  // Not done: back to the holder, with at least three more days.
  const notDone = await w.call(wisher.openid, 'confirm', {
    wishId,
    done: false,
    reason: '只响了一天又坏了',
  })
  expect(notDone.body.data).toMatchObject({ status: 'claimed', fulfilment: null })
  expect(new Date(notDone.body.data.deadline).getTime()).toBeGreaterThan(Date.now() + 2.9 * 86400e3)
  await w.call(member.openid, 'fulfil', {
    wishId,
    note: '换了新喇叭，试了三天都好',
    photos: ['cloud://x/a.jpg'],
  })
  const confirmed = await w.call(wisher.openid, 'confirm', {
    wishId,
    done: true,
    rating: 5,
    thanks: '谢谢小黄！',
  })
  expect(confirmed.body.data).toMatchObject({
    status: 'confirmed',
    confirmation: { rating: 5, thanks: '谢谢小黄！', auto: false },
    contact: '139****0123',
  })
  expect(actions(confirmed.body.data)).toEqual([
    '保存草稿',
    '提交心愿',
    '退回修改',
    '修改后重新提交',
    '审核通过',
    '认领心愿',
    '进展',
    '标记已实现',
    '确认未实现',
    '标记已实现',
    '确认已实现',
  ])
  // The wisher's slot is free again; the holder's claim slot too.
  expect((await w.storedWish(wishId)).confirmedAt).toBeTruthy()

  const board = await w.call(null, 'board', { kind: 'member', limit: 50 })
  expect(board.body.data.list).toContainEqual(
    expect.objectContaining({ holder: { kind: 'member', name: '黄*强' }, fulfilled: 1 }),
  )
  const figures = await w.call('demo-admin', 'figures', {})
  expect(figures.body.data.fulfilled).toBeGreaterThanOrEqual(1)
  expect(figures.body.data.medianDaysToFulfil).not.toBeNull()
  expect(figures.body.data.byHolder).toContainEqual(
    expect.objectContaining({
      holder: { kind: 'member', name: '黄*强' },
      fulfilled: 1,
      claimed: 1,
    }),
  )

  // The committee's ledger: the full name, the thanks and the timeline.
  const ledger = await w.call('demo-admin', 'ledger', {})
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await fetchDownload(ledger.body.data)) as never)
  const sheet = book.worksheets[0]
  const rows = sheet.getSheetValues().filter(Boolean) as unknown[][]
  const mine = rows.find((r) => r.includes(wishId))!
  expect(mine).toEqual(expect.arrayContaining(['林奶奶', '已实现', 5, '谢谢小黄！']))
  expect(String(mine[mine.length - 1])).toContain('确认未实现')
})

it('rejects with a reason; a 代录 wish is confirmed by the committee; dispatch and respond', async () => {
  const { wisher } = await createPeople({ wisher: '蒋大姐' })
  const rejectedId = await w.submit(wisher.openid)
  const rejected = await w.call('demo-admin', 'review', {
    wishId: rejectedId,
    decision: 'reject',
    reason: '不属于微心愿范围',
  })
  expect(rejected.body.data).toMatchObject({ status: 'rejected', reviewNote: '不属于微心愿范围' })
  expect(
    (await w.call('demo-admin', 'review', { wishId: rejectedId, decision: 'approve' })).status,
  ).toBe(409)

  // 代录: the source only for the committee; the committee confirms.
  const proxyId = await w.openWish('demo-admin', {
    contact: null,
    onBehalf: { name: '独居的韩爷爷', source: '社区走访' },
  })
  const asCommittee = await w.call('demo-admin', 'get', { wishId: proxyId })
  expect(asCommittee.body.data).toMatchObject({
    onBehalf: { name: '独居的韩爷爷', source: '社区走访' },
    wisher: '独****爷',
  })
  expect(asCommittee.body.data.timeline.map((e: { action: string }) => e.action)).toContain(
    '代录来源',
  )
  const asPublic = await w.call(null, 'get', { wishId: proxyId })
  expect(asPublic.body.data.onBehalf).toBeNull()
  expect(JSON.stringify(asPublic.body.data)).not.toContain('社区走访')

  // Dispatched to a shop: its merchant accepts, fulfils; the committee confirms.
  const shop = await createMerchantShop('曹老板')
  const past = await w.call('demo-admin', 'dispatch', {
    wishId: proxyId,
    to: { kind: 'merchant', shopId: shop.shopId },
    deadline: dayIn(-1),
  })
  expect(past.body.error.issues[0].path).toBe('deadline')
  const dispatched = await w.call('demo-admin', 'dispatch', {
    wishId: proxyId,
    to: { kind: 'merchant', shopId: shop.shopId },
    deadline: dayIn(2),
    note: '就在店旁边',
  })
  expect(dispatched.body).toMatchObject({
    data: {
      status: 'dispatched',
      holder: { kind: 'merchant', name: shop.name },
    },
  })
  const asAssignee = await w.call(shop.merchant.openid, 'get', { wishId: proxyId })
  expect(asAssignee.body.data).toMatchObject({ viewer: 'assignee', can: ['respond'] })
  const accepted = await w.call(shop.merchant.openid, 'respond', { wishId: proxyId, accept: true })
  expect(accepted.body.data).toMatchObject({ status: 'claimed', viewer: 'holder', respondBy: null })
  await w.call(shop.merchant.openid, 'fulfil', { wishId: proxyId, note: '已上门送去米和油' })
  expect(
    (await w.call(wisher.openid, 'confirm', { wishId: proxyId, done: true, rating: 5 })).status,
  ).toBe(403)
  const done = await w.call('demo-admin', 'confirm', {
    wishId: proxyId,
    done: true,
    rating: 4,
    thanks: '韩爷爷说谢谢',
  })
  expect(done.body.data.status).toBe('confirmed')

  // A declined dispatch goes back to the wall, with no release on the holder's record.
  const another = await w.openWish(wisher.openid)
  await w.call('demo-admin', 'dispatch', {
    wishId: another,
    to: { kind: 'merchant', shopId: shop.shopId },
    deadline: dayIn(3),
  })
  const declined = await w.call(shop.merchant.openid, 'respond', {
    wishId: another,
    accept: false,
    reason: '这周店里太忙',
  })
  expect(declined.body.data).toMatchObject({ status: 'open', holder: null, viewer: 'public' })
  expect((await w.storedWish(another)).releases).toEqual([])

  // The queues.
  const queue = await w.call('demo-admin', 'queue', { view: 'open' })
  expect(queue.body.data.list.map((s: { wishId: string }) => s.wishId)).toContain(another)
  const branch = await createBranch()
  expect((await w.call(branch.secretary.openid, 'queue', { view: 'all' })).body.data.list).toEqual(
    [],
  )
})

it('served every query from a declared index', () => expectEveryQueryIndexed(w.stack))

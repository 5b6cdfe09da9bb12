// The committee and branch secretaries verify registrations: the queue with its filters, roster
// import and matching, approval into a branch, rejection with a reason and the fix that follows,
// revocation, the member card, 亮身份 on the shop page, coverage and the ledger.
import ExcelJS from 'exceljs'
import { fetchDownload } from '../../support/downloads'
import { writeRosterSheet } from '../../../server/services/member-sheet'
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'
import { MEMBER_FORM } from '../../support/member-form'

const stack = fileStack()

const FORM = { ...MEMBER_FORM, workShopId: 'shop-003' }

const call = (who: string, action: string, data: object = {}) =>
  stack.http(who, 'member', { action, data })
const queue = async (who: string, filter: object = {}) =>
  (await call(who, 'queue', filter)).body.data
const names = (page: { list: { realName: string }[] }) => page.list.map((m) => m.realName).sort()
const shopMembers = async (shopId: string) =>
  (await stack.http('demo-shopper', 'shop', { action: 'get', data: { shopId } })).body.data.members

it('shows the committee every pending registration with masked phones and roster matches', async () => {
  const page = await queue('demo-admin')
  expect(names(page)).toEqual(['刘芳', '王小军', '黄志强'].sort())
  const wang = page.list.find((m: { realName: string }) => m.realName === '王小军')
  expect(wang).toMatchObject({
    phoneMasked: '139****2001',
    rosterMatch: 'full',
    kind: 'pocket',
    shop: { name: '阿婆糖水铺' },
    branch: { orgId: 'org-food-street' },
  })
  const liu = page.list.find((m: { realName: string }) => m.realName === '刘芳')
  expect(liu).toMatchObject({ rosterMatch: 'partial', rosterDiffs: ['joinedOn'] })
  expect(JSON.stringify(page)).not.toContain('13900002001')

  expect(names(await queue('demo-admin', { kind: 'floating' }))).toEqual(['刘芳'])
  expect(names(await queue('demo-admin', { rosterMatch: 'none' }))).toEqual(['黄志强'])
  expect(names(await queue('demo-admin', { q: '王' }))).toEqual(['王小军'])
  expect(names(await queue('demo-admin', { q: '13900002003' }))).toEqual(['黄志强'])
  expect(names(await queue('demo-admin', { status: 'rejected' }))).toEqual(['马丽'])
})

it('shows a secretary only the registrations of their own branch', async () => {
  // 李红梅 leads the food-street branch: 王小军 works at a food-street shop, the others do not.
  expect(names(await queue('demo-secretary'))).toEqual(['王小军'])
  expect(names(await queue('demo-secretary', { branchId: 'org-digital' }))).toEqual([])
  const other = await call('demo-secretary', 'get', { userId: 'user-applicant-03' })
  expect(other.status).toBe(403)
  const own = await call('demo-secretary', 'get', { userId: 'user-applicant-01' })
  expect(own.body.data).toMatchObject({ realName: '王小军', phone: '13900002001' })
  const approveElsewhere = await call('demo-secretary', 'approve', {
    userId: 'user-applicant-01',
    branchId: 'org-digital',
  })
  expect(approveElsewhere.status).toBe(403)
  for (const who of ['demo-merchant', 'demo-member', 'demo-shopper'])
    expect((await call(who, 'queue')).status).toBe(403)
})

it('imports a roster, matches registrations against it and approves them in one pass', async () => {
  await call('reg-roster', 'submit', { ...FORM, realName: '钱多多', phone: '13812340011' })
  const sheet = await writeRosterSheet([
    {
      realName: '钱多多',
      phone: '13812340011',
      joinedOn: '2015-07-01',
      recordOrg: '泰山区财源街道党工委',
    },
    { realName: '孙悟空', phone: '1381234', joinedOn: '', recordOrg: '花果山党支部' },
  ])
  const res = await call('demo-admin', 'importRoster', {
    fileName: '花名册.xlsx',
    contentBase64: sheet.toString('base64'),
  })
  expect(res.body.data).toMatchObject({ imported: 1, refused: 1, matched: 1 })
  expect(res.body.data.rows[1]).toMatchObject({ ok: false, errors: [{ field: '手机号' }] })
  expect(names(await queue('demo-admin', { rosterMatch: 'full' }))).toEqual(['王小军', '钱多多'])

  const bad = await call('demo-admin', 'importRoster', {
    fileName: 'x.xlsx',
    contentBase64: 'aGVsbG8=',
  })
  expect(bad.body.error.issues[0].path).toBe('contentBase64')

  // 钱多多 typed her phone (h5): a typed phone proves nothing, so she waits for a person.
  const full = await queue('demo-admin', { rosterMatch: 'full' })
  const verifiedPhone = Object.fromEntries(
    full.list.map((m: { realName: string; phoneVerified: boolean }) => [
      m.realName,
      m.phoneVerified,
    ]),
  )
  expect(verifiedPhone).toEqual({ 王小军: true, 钱多多: false })
  const pass = await call('demo-admin', 'approveMatched')
  expect(pass.body.data).toEqual({ approved: 1, skipped: 1, next: null })
  expect(names(await queue('demo-admin'))).toEqual(['刘芳', '钱多多', '黄志强'].sort())
  const me = await stack.http('reg-roster', 'user', { action: 'me' })
  expect(me.body.data.roles).not.toContain('member')
  const one = (await queue('demo-admin', { q: '13812340011' })).list[0]
  expect((await call('demo-admin', 'approve', { userId: one.userId })).status).toBe(200)
  expect((await stack.http('reg-roster', 'user', { action: 'me' })).body.data.roles).toContain(
    'member',
  )
})

it('rejects with a reason the member sees, who fixes it, resubmits and is approved', async () => {
  await call('reg-fix', 'submit', { ...FORM, recordOrg: '财源', phone: '13812340012' })
  const empty = await call('demo-admin', 'reject', { userId: 'unknown', reason: '' })
  expect(empty.status).toBe(400)
  const fix = await call('reg-fix', 'mine')
  const userId = (await call('demo-admin', 'queue', { q: '13812340012' })).body.data.list[0].userId
  const noReason = await call('demo-admin', 'reject', { userId, reason: ' ' })
  expect(noReason.body.error.issues[0].path).toBe('reason')
  await call('demo-admin', 'reject', { userId, reason: '请填写组织关系所在单位全称' })
  expect((await call('reg-fix', 'mine')).body.data.registration).toMatchObject({
    status: 'rejected',
    rejectReason: '请填写组织关系所在单位全称',
  })
  expect(fix.body.data.registration.status).toBe('pending')
  // A second decision on the same registration is refused: it was already decided.
  expect((await call('demo-admin', 'approve', { userId })).status).toBe(409)

  await call('reg-fix', 'submit', { ...FORM, phone: '13812340012' })
  const approved = await call('demo-admin', 'approve', { userId })
  expect(approved.body.data).toEqual({ userId, status: 'verified' })
  const detail = (await call('demo-admin', 'get', { userId })).body.data
  expect(detail.history.map((h: { action: string }) => h.action)).toEqual([
    'submitted',
    'rejected',
    'submitted',
    'approved',
  ])
  expect(detail.history[1]).toMatchObject({ by: '王建国', reason: '请填写组织关系所在单位全称' })
})

it('lets a verified member show their status on the shop, and takes it away on revocation', async () => {
  await call('reg-show', 'submit', { ...FORM, realName: '周大明', phone: '13812340013' })
  const userId = (await queue('demo-admin', { q: '13812340013' })).list[0].userId
  await call('demo-admin', 'approve', { userId, branchId: 'org-food-street' })

  const card = (await call('reg-show', 'card')).body.data
  expect(card).toMatchObject({
    realName: '周大明',
    branch: { name: '美食街党支部' },
    shop: { name: '阿婆糖水铺' },
    post: '店长',
  })
  expect(card.qrImage).toMatch(/^data:image\/png;base64,/)
  const check = await call('demo-secretary', 'verifyCard', { code: card.code })
  expect(check.body.data).toMatchObject({ current: true, member: { name: '周大明' } })
  const forged = await call('demo-secretary', 'verifyCard', { code: card.code.replace(/.$/, 'x') })
  expect(forged.body.data).toMatchObject({ current: false, member: null })

  expect(await shopMembers('shop-003')).toEqual([])
  await call('reg-show', 'setShowStatus', { show: true })
  expect(await shopMembers('shop-003')).toEqual([{ maskedName: '周*明', post: '店长' }])

  await call('demo-admin', 'revoke', { userId, reason: '组织关系核实有误' })
  expect(await shopMembers('shop-003')).toEqual([])
  expect((await call('demo-secretary', 'verifyCard', { code: card.code })).body.data).toMatchObject(
    {
      current: false,
      reason: '党员认证已撤销',
    },
  )
  expect((await call('reg-show', 'card')).status).toBe(403)
})

it('drops a member who leaves the shop from its page at once', async () => {
  expect(await shopMembers('shop-004')).toEqual([{ maskedName: '陈*燕', post: '店长' }])
  await call('demo-member', 'changeWork', { workShopId: null })
  expect(await shopMembers('shop-004')).toEqual([])
  const refused = await call('demo-member', 'setShowStatus', { show: true })
  expect(refused.body.error.issues[0].path).toBe('show')
})

it('lets exactly one of two verifiers deciding at once win, and the role follows the winner', async () => {
  for (const [i, phone] of ['13812340021', '13812340022', '13812340023'].entries()) {
    const who = `reg-race-${i}`
    await call(who, 'submit', { ...FORM, phone })
    const userId = (await queue('demo-admin', { q: phone })).list[0].userId
    const [approved, rejected] = await Promise.all([
      call('demo-admin', 'approve', { userId }),
      call('demo-secretary', 'reject', { userId, reason: '信息有误请核实' }),
    ])
    expect([approved.status, rejected.status].sort()).toEqual([200, 409])
    const status = (await call(who, 'mine')).body.data.registration.status
    expect(status).toBe(approved.status === 200 ? 'verified' : 'rejected')
    const roles = (await stack.http(who, 'user', { action: 'me' })).body.data.roles
    expect(roles.includes('member')).toBe(status === 'verified')
  }
})

it('counts coverage and exports the ledger for the roles allowed to see it', async () => {
  const coverage = (await call('demo-admin', 'coverage')).body.data
  const pending = (await queue('demo-admin')).total
  const verified = (await queue('demo-admin', { status: 'verified' })).total
  expect(coverage.pending).toBe(pending)
  expect(coverage.verified).toBe(verified)
  expect(coverage.found.total).toBe(pending + verified)
  expect(coverage.found.pocket + coverage.found.floating + coverage.found.transferred).toBe(
    coverage.found.total,
  )
  expect(coverage.shops.total).toBe(32)
  expect(coverage.shops.rate).toBeCloseTo((coverage.shops.covered / 32) * 100, 1)
  const food = coverage.branches.find((b: { orgId: string }) => b.orgId === 'org-food-street')
  expect(food.members).toBeGreaterThan(0)
  expect((await call('demo-secretary', 'coverage')).status).toBe(403)

  const rows = async (who: string) => {
    const file = (await call(who, 'ledger')).body.data
    expect(file.fileName).toMatch(/^党员台账-\d{8}\.xlsx$/)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await fetchDownload(file)) as never)
    const sheet = book.worksheets[0]
    const out: string[][] = []
    sheet.eachRow((row) => out.push((row.values as string[]).slice(1)))
    return out
  }
  const all = await rows('demo-admin')
  expect(all[0].slice(0, 3)).toEqual(['姓名', '性别', '手机号'])
  expect(all).toHaveLength(verified + 1)
  expect(all.find((r) => r[0] === '李红梅')?.[2]).toBe('13900001001')
  const branch = await rows('demo-secretary')
  expect(branch.slice(1).every((r) => r[7] === '美食街党支部')).toBe(true)
  expect(branch.length).toBeLessThan(all.length)
  expect((await call('demo-member', 'ledger')).status).toBe(403)
})

it('serves every query from an index', () => {
  expectEveryQueryIndexed(stack)
})

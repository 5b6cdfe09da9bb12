// A new environment's first run, against an empty local stack: setup creates the district and
// prints a 启用码, the first person to enter it becomes the admin (of two racing, exactly one),
// the code is refused after, setup prints no other, and from then on admins appoint admins.
import { setUpDistrict } from '../../../server/domain/setup'
import { sdkDatabase } from '../../support/local-endpoint'
import { dumpDatabase, fileStack } from '../../support/stack'

const stack = fileStack({ seed: false })
const user = (openid: string, action: string, data: object = {}) =>
  stack.weapp(openid, 'user', { action, data })

const DISTRICT = { name: '光明路商圈', committeeName: '光明路商圈联合党委' }
let code: string
let lost: string

it('creates the district and its committee, and prints a one-time code', async () => {
  const result = await setUpDistrict(sdkDatabase('local'), DISTRICT)
  expect(result.created).toBe(true)
  expect(result.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
  // Run again (the printout was lost): a new code, and the first one no longer works.
  const again = await setUpDistrict(sdkDatabase('local'), DISTRICT)
  expect(again.created).toBe(false)
  expect(again.code).not.toBe(result.code)
  lost = result.code!
  code = again.code!
  const db = dumpDatabase(stack)
  expect(db.districts).toEqual([expect.objectContaining({ name: '光明路商圈' })])
  expect(db.orgs).toEqual([
    expect.objectContaining({ name: '光明路商圈联合党委', level: 'district', parentId: null }),
  ])
  // Only the code's hash is kept.
  expect(JSON.stringify(db.setup_codes)).not.toContain(code)
  const overview = await stack.weapp('first-visitor', 'district', { action: 'overview', data: {} })
  expect(overview.data.name).toBe('光明路商圈')
})

it('offers the code on 我的 while nobody is admin, and names the field when it is wrong', async () => {
  for (const openid of ['first-a', 'first-b'])
    expect((await user(openid, 'me')).data.setupPending).toBe(true)
  const wrong = await user('first-a', 'bootstrap', { code: 'AAAA-BBBB-CCCC-DDDD' })
  expect(wrong.error).toEqual({
    code: 'VALIDATION',
    message: '启用码无效或已被使用',
    issues: [{ path: 'code', message: '启用码无效或已被使用' }],
  })
  expect((await user('first-a', 'bootstrap', { code: lost })).error.message).toBe(
    '启用码无效或已被使用',
  )
  const empty = await user('first-a', 'bootstrap', { code: ' ' })
  expect(empty.error.issues).toEqual([{ path: 'code', message: '请输入启用码' }])
})

it('makes exactly one of two people entering the code at once the admin', async () => {
  // Typed in lower case, as a phone keyboard might: the code is the same.
  const replies = await Promise.all([
    user('first-a', 'bootstrap', { code }),
    user('first-b', 'bootstrap', { code: code.toLowerCase() }),
  ])
  const won = replies.filter((r) => r.ok)
  expect(won).toHaveLength(1)
  expect(won[0].data.roles).toContain('admin')
  const lost = replies.find((r) => !r.ok)
  expect(lost.error.message).toBe('启用码无效或已被使用')
  const admins = (dumpDatabase(stack).users as { roles: string[] }[]).filter((u) =>
    u.roles.includes('admin'),
  )
  expect(admins).toHaveLength(1)
})

it('refuses the code a second time, prints no other, and stops offering it', async () => {
  expect((await user('first-c', 'bootstrap', { code })).error.message).toBe('启用码无效或已被使用')
  const again = await setUpDistrict(sdkDatabase('local'), DISTRICT)
  expect(again).toEqual({ districtId: 'district', created: false, code: null, expiresAt: null })
  expect((await user('first-c', 'me')).data.setupPending).toBe(false)
})

it('lets admins appoint and relieve admins, but never themselves', async () => {
  const admin = (await user('first-a', 'me')).data.roles.includes('admin') ? 'first-a' : 'first-b'
  const other = (await user('first-c', 'me')).data
  const appointed = await user(admin, 'setAdmin', { userId: other.userId, admin: true })
  expect(appointed.data.roles).toContain('admin')
  expect((await user('first-c', 'me')).data.roles).toContain('admin')

  const self = (await user(admin, 'me')).data.userId
  const refused = await user(admin, 'setAdmin', { userId: self, admin: false })
  expect(refused.error).toEqual({
    code: 'FORBIDDEN',
    message: '不能免去自己的管理员身份，请由其他管理员操作',
  })
  const relieved = await user('first-c', 'setAdmin', { userId: self, admin: false })
  expect(relieved.data.roles).not.toContain('admin')
  // A non-admin appoints nobody.
  const denied = await user(admin, 'setAdmin', { userId: self, admin: true })
  expect(denied.error.code).toBe('FORBIDDEN')
  const audit = dumpDatabase(stack).audit_log as { action: string; kind: string }[]
  expect(
    audit
      .filter((e) => e.kind === 'role')
      .map((e) => e.action)
      .sort(),
  ).toEqual(['user.bootstrap', 'user.setAdmin', 'user.setAdmin'])
})

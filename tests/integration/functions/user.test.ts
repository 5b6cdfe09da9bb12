import { expectEveryQueryIndexed, fileStack } from '../../support/stack'
import { sdkDatabase } from '../../support/local-endpoint'

const stack = fileStack()

it('creates exactly one user on concurrent first calls and reports isNew once', async () => {
  const replies = await Promise.all(
    Array.from({ length: 10 }, () => stack.http('new-person-1', 'user', { action: 'me' })),
  )
  const ids = new Set(replies.map((r) => r.body.data.userId))
  expect(ids.size).toBe(1)
  expect(replies.filter((r) => r.body.data.isNew)).toHaveLength(1)
  const users = await sdkDatabase('local')
    .collection('users')
    .where({ openid: 'new-person-1' })
    .get()
  expect(users.data).toHaveLength(1)
  expect(replies[0].body.data.roles).toEqual(['public'])
})

it('changes the nickname and keeps it', async () => {
  const res = await stack.http('demo-member', 'user', {
    action: 'updateProfile',
    data: { nickname: '  晓燕  ' },
  })
  expect(res.body.data.nickname).toBe('晓燕')
  expect((await stack.http('demo-member', 'user', { action: 'me' })).body.data.nickname).toBe(
    '晓燕',
  )
})

it('rejects a nickname that is too long, naming the field, and changes nothing', async () => {
  const res = await stack.http('demo-member', 'user', {
    action: 'updateProfile',
    data: { nickname: '很'.repeat(21) },
  })
  expect(res.body.error.issues).toEqual([{ path: 'nickname', message: '昵称最多 20 个字' }])
  expect(
    (await stack.http('demo-member', 'user', { action: 'me' })).body.data.nickname,
  ).not.toContain('很')
})

it('refuses an abusive or spam nickname at its field and keeps the old one', async () => {
  for (const [nickname, message] of [
    ['他妈的', '内容含有不文明用语'],
    ['加我 13912345678', '请勿在公开内容中留下电话号码'],
  ]) {
    const res = await stack.http('demo-member', 'user', {
      action: 'updateProfile',
      data: { nickname },
    })
    expect(res.status).toBe(400)
    expect(res.body.error.issues).toEqual([{ path: 'nickname', message }])
  }
  expect((await stack.http('demo-member', 'user', { action: 'me' })).body.data.nickname).toBe(
    '晓燕',
  )
})

it('lets the committee list users by role, and nobody else', async () => {
  const members = await stack.http('demo-admin', 'user', {
    action: 'list',
    data: { role: 'member', pageSize: 50 },
  })
  expect(members.body.data.total).toBe(9)
  expect(members.body.data.list.every((u: { roles: string[] }) => u.roles.includes('member'))).toBe(
    true,
  )
  expect(JSON.stringify(members.body)).not.toMatch(/openid|demo-/)

  const page2 = await stack.http('demo-admin', 'user', {
    action: 'list',
    data: { page: 2, pageSize: 5 },
  })
  expect(page2.body.data).toMatchObject({ page: 2, pageSize: 5 })
  expect(page2.body.data.list).toHaveLength(5)

  for (const who of ['demo-secretary', 'demo-merchant', 'demo-member', 'demo-shopper']) {
    expect((await stack.http(who, 'user', { action: 'list' })).body.error.code).toBe('FORBIDDEN')
  }
})

it('two admins relieving each other at once leave exactly one, and the other is refused', async () => {
  const admins = async () =>
    (await sdkDatabase('local').collection('users').where({ roles: 'admin' }).get()).data.map(
      (u: { openid: string }) => u.openid,
    )
  const setAdmin = (openid: string, userId: string, admin: boolean) =>
    stack.http(openid, 'user', { action: 'setAdmin', data: { userId, admin } })
  const idOf = async (openid: string) =>
    (await stack.http(openid, 'user', { action: 'me' })).body.data.userId as string
  let [a, b] = ['demo-admin', 'second-admin']
  for (let round = 0; round < 4; round++) {
    // a, the one admin left, appoints b; then each relieves the other at the same moment.
    expect((await setAdmin(a, await idOf(b), true)).status).toBe(200)
    const [ida, idb] = await Promise.all([idOf(a), idOf(b)])
    const replies = await Promise.all([setAdmin(a, idb, false), setAdmin(b, ida, false)])
    expect(replies.map((r) => r.status).sort()).toEqual([200, 403])
    const refused = replies.find((r) => r.status === 403)!
    expect(refused.body.error.code).toBe('FORBIDDEN')
    const left = await admins()
    expect(left).toHaveLength(1)
    expect(left[0]).toBe(replies[0].status === 200 ? a : b)
    if (left[0] === b) [a, b] = [b, a]
  }
  // The one left still runs the console.
  expect((await stack.http(a, 'user', { action: 'list' })).status).toBe(200)
})

it('serves every query of these actions from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

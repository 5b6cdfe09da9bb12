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

it('serves every query of these actions from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

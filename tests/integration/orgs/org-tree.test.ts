// The committee builds the district's Party organisation tree, appoints secretaries and links the
// shops each organisation covers.
import { sdkDatabase } from '../../support/local-endpoint'
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'

const stack = fileStack()

const tree = async (who = 'demo-admin') =>
  (await stack.http(who, 'org', { action: 'tree' })).body.data.list

it('shows the seeded tree to the committee and secretaries, and to nobody else', async () => {
  const list = await tree()
  expect(list).toHaveLength(6)
  const food = list.find((o: { orgId: string }) => o.orgId === 'org-food-street')
  expect(food).toMatchObject({
    level: 'branch',
    kind: '联合建',
    parentId: 'org-district',
    secretary: { nickname: '李红梅' },
  })
  expect(food.shopIds).toContain('shop-001')
  expect(await tree('demo-secretary')).toHaveLength(6)
  for (const who of ['demo-merchant', 'demo-member', 'demo-shopper']) {
    expect((await stack.http(who, 'org', { action: 'tree' })).status).toBe(403)
  }
})

it('creates organisations only where the level fits, with a set-up kind for branches', async () => {
  const underBranch = await stack.http('demo-admin', 'org', {
    action: 'create',
    data: { parentId: 'org-food-street', name: '小吃党小组', level: 'branch', kind: '单独建' },
  })
  expect(underBranch.body.error.issues).toEqual([
    { path: 'level', message: '党支部下不能设党支部' },
  ])
  const noKind = await stack.http('demo-admin', 'org', {
    action: 'create',
    data: { parentId: 'org-district', name: '服装城党总支', level: 'general' },
  })
  expect(noKind.body.error.issues[0].path).toBe('kind')

  const general = await stack.http('demo-admin', 'org', {
    action: 'create',
    data: { parentId: 'org-district', name: '服装城党总支', level: 'general', kind: '联合建' },
  })
  const branch = await stack.http('demo-admin', 'org', {
    action: 'create',
    data: {
      parentId: general.body.data.orgId,
      name: '服装城一支部',
      level: 'branch',
      kind: '挂靠建',
    },
  })
  expect(branch.status).toBe(200)
  const list = await tree()
  expect(list.find((o: { orgId: string }) => o.orgId === branch.body.data.orgId)).toMatchObject({
    parentId: general.body.data.orgId,
    name: '服装城一支部',
    level: 'branch',
    kind: '挂靠建',
    secretary: null,
  })
  await stack.http('demo-admin', 'org', {
    action: 'update',
    data: { orgId: branch.body.data.orgId, name: '服装城第一党支部' },
  })
  expect((await tree()).some((o: { name: string }) => o.name === '服装城第一党支部')).toBe(true)
})

it('appoints and replaces a secretary, moving the secretary role with the office', async () => {
  await stack.http('demo-admin', 'org', {
    action: 'setSecretary',
    data: { orgId: 'org-digital', userId: 'user-member-03' },
  })
  expect((await stack.http('demo-member-03', 'user', { action: 'me' })).body.data).toMatchObject({
    roles: expect.arrayContaining(['secretary']),
    orgIds: ['org-digital'],
  })
  await stack.http('demo-admin', 'org', {
    action: 'setSecretary',
    data: { orgId: 'org-digital', userId: 'user-member-04' },
  })
  const former = (await stack.http('demo-member-03', 'user', { action: 'me' })).body.data
  expect(former.roles).not.toContain('secretary')
  expect(former.orgIds).toEqual([])
  expect(
    (await tree()).find((o: { orgId: string }) => o.orgId === 'org-digital').secretary.nickname,
  ).toBe('周强')
  const unknown = await stack.http('demo-admin', 'org', {
    action: 'setSecretary',
    data: { orgId: 'org-digital', userId: 'user-nobody' },
  })
  expect(unknown.body.error.issues).toEqual([{ path: 'userId', message: '用户不存在' }])
})

it('keeps the secretary role of someone appointed elsewhere while replaced here, at the same moment', async () => {
  const branch = async (name: string) =>
    (
      await stack.http('demo-admin', 'org', {
        action: 'create',
        data: { parentId: 'org-district', name, level: 'branch', kind: '单独建' },
      })
    ).body.data.orgId as string
  const set = (orgId: string, userId: string) =>
    stack.http('demo-admin', 'org', { action: 'setSecretary', data: { orgId, userId } })
  for (let round = 0; round < 5; round++) {
    const here = await branch(`并发支部甲${round}`)
    const there = await branch(`并发支部乙${round}`)
    await set(here, 'user-member-05')
    // Replaced here while appointed there: both land, whatever the order.
    await Promise.all([set(here, 'user-member-06'), set(there, 'user-member-05')])
    const me = (await stack.http('demo-member-05', 'user', { action: 'me' })).body.data
    expect(me.orgIds).toContain(there)
    expect(me.orgIds).not.toContain(here)
    expect(me.roles).toContain('secretary')
    await set(there, 'user-member-06')
    const after = (await stack.http('demo-member-05', 'user', { action: 'me' })).body.data
    expect(after.orgIds).toEqual([])
    expect(after.roles).not.toContain('secretary')
  }
})

it('links the shops an organisation covers, releasing the ones it no longer does', async () => {
  const res = await stack.http('demo-admin', 'org', {
    action: 'linkShops',
    data: { orgId: 'org-digital', shopIds: ['shop-031', 'shop-032'] },
  })
  expect(res.status).toBe(200)
  const db = sdkDatabase('local')
  const linked = await db.collection('shops').where({ orgId: 'org-digital' }).get()
  expect(linked.data.map((s: { _id: string }) => s._id).sort()).toEqual(['shop-031', 'shop-032'])
  const bad = await stack.http('demo-admin', 'org', {
    action: 'linkShops',
    data: { orgId: 'org-digital', shopIds: ['shop-031', 'shop-999'] },
  })
  expect(bad.body.error.issues).toEqual([{ path: 'shopIds.1', message: '店铺不存在' }])

  // A shop linked to another branch leaves the branch that covered it until now.
  await stack.http('demo-admin', 'org', {
    action: 'linkShops',
    data: { orgId: 'org-food-street', shopIds: ['shop-001', 'shop-031'] },
  })
  const list = await tree()
  const shopsOf = (id: string) =>
    list.find((o: { orgId: string }) => o.orgId === id).shopIds as string[]
  expect(shopsOf('org-food-street')).toEqual(['shop-001', 'shop-031'])
  expect(shopsOf('org-digital')).toEqual(['shop-032'])
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

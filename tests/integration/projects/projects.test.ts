// 项目清单 through the local stack: the committee creates a project and links wishes and resources;
// a wish belongs to one project at most; progress counts what was fulfilled and for how many
// people; the public sees published things only, and nothing that identifies a wisher.
import { API } from '../../../types/api'
import { DEMO_SHOPS } from '../../../local-cloud/seed/demo-district'
import { db } from '../complaints/fixtures'
import { insertWish, resourceInput } from '../resources/fixtures'
import { dayIn } from '../../support/time'
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'
import { DEMO_CALLERS, expectRolesRefused } from '../../support/access'

const stack = fileStack()

const ADMIN = 'demo-admin'
const MERCHANT = 'demo-merchant'

const project = (openid: string | null, action: string, data: object = {}) =>
  stack.http(openid, 'project', { action, data })
const issues = (res: { body: any }) => res.body.error?.issues?.map((i: { path: string }) => i.path)

const PROJECT = { name: '冬日暖心', goal: '为商圈周边困难老人送去冬衣和热饭。' }

async function createProject(name = PROJECT.name): Promise<string> {
  const res = await project(ADMIN, 'create', {
    ...PROJECT,
    name,
    startsOn: dayIn(0),
    endsOn: dayIn(30),
  })
  expect(res.body).toMatchObject({ ok: true })
  return res.body.data.projectId
}

async function approvedResource(title: string): Promise<string> {
  const res = await stack.http(MERCHANT, 'resource', {
    action: 'publish',
    data: resourceInput({ kind: 'merchant', shopId: DEMO_SHOPS[0]._id }, { title }),
  })
  const resourceId = res.body.data.resourceId
  await stack.http(ADMIN, 'resource', {
    action: 'review',
    data: { resourceId, decision: 'approve' },
  })
  return resourceId
}

async function wishProject(wishId: string): Promise<string | null> {
  return (await db().collection('wishes').doc(wishId).get()).data[0].projectId
}

it('links wishes and resources to a project and counts its progress', async () => {
  const projectId = await createProject()
  const open = await insertWish({ wisherId: 'w-1', wisherName: '欧阳小明' })
  const claimed = await insertWish({
    status: 'claimed',
    wisherId: 'w-2',
    wisherName: '王大爷',
    holder: { kind: 'member', userId: 'user-member', name: '陈晓燕' },
    holderKeys: ['user:user-member'],
  })
  const confirmed = await insertWish({
    status: 'confirmed',
    wisherId: 'w-1',
    wisherName: '欧阳小明',
    holder: { kind: 'merchant', userId: 'user-merchant', name: DEMO_SHOPS[0].name, shopId: 'x' },
    confirmation: { rating: 5, thanks: '谢谢你们！', at: new Date(), auto: false },
  })
  // The same committee member entered two wishes for two different people (代录).
  const forA = await insertWish({ status: 'fulfilled', wisherId: 'staff', wisherName: '李奶奶' })
  const forB = await insertWish({ status: 'confirmed', wisherId: 'staff', wisherName: '赵爷爷' })
  const pending = await insertWish({ status: 'pending' })
  const resource = await approvedResource('冬季免费热饭')

  const attached = await project(ADMIN, 'attach', {
    projectId,
    wishIds: [open, claimed, confirmed, forA, forB, pending],
    resourceIds: [resource, resource],
  })
  expect(attached.status).toBe(200)
  expect(attached.body.data.progress).toEqual({
    wishes: 6,
    fulfilled: 3,
    resources: 1,
    // 欧阳小明 (once, for two wishes), 李奶奶 and 赵爷爷.
    peopleReached: 3,
  })
  expect(attached.body.data.resources.map((r: { resourceId: string }) => r.resourceId)).toEqual([
    resource,
  ])
  // The committee sees every linked wish, the pending one too.
  expect(attached.body.data.wishes).toHaveLength(6)

  // The public sees the wishes on the wall only, each as the pool shows it.
  const seen = await project(null, 'get', { projectId })
  expect(seen.body.data.progress).toEqual(attached.body.data.progress)
  const wishes = seen.body.data.wishes as Record<string, unknown>[]
  expect(wishes.map((w) => w.wishId).sort()).toEqual([open, claimed, confirmed, forA, forB].sort())
  const done = wishes.find((w) => w.wishId === confirmed)!
  expect(done).toMatchObject({
    wisher: '欧**明',
    status: 'confirmed',
    place: '步行街东段',
    photo: 'cloud://demo/wish-photo.jpg',
    thanks: '谢谢你们！',
    holder: { kind: 'merchant', name: DEMO_SHOPS[0].name },
    overdue: false,
  })
  expect(wishes.find((w) => w.wishId === claimed)!.holder).toEqual({
    kind: 'member',
    name: '陈*燕',
  })
  const text = JSON.stringify(seen.body)
  for (const secret of ['欧阳小明', '王大爷', '陈晓燕', 'w-1', 'staff', 'not-a-real-cipher'])
    expect(text).not.toContain(secret)

  const listed = await project(null, 'list', { pageSize: 50 })
  const summary = listed.body.data.list.find(
    (p: { projectId: string }) => p.projectId === projectId,
  )
  expect(summary).toMatchObject({ ...PROJECT, progress: attached.body.data.progress })
  expect(listed.body.data.list[0].projectId).toBe(projectId)

  // Attaching again is no change.
  const again = await project(ADMIN, 'attach', {
    projectId,
    wishIds: [open],
    resourceIds: [resource],
  })
  expect(again.body.data.progress).toEqual(attached.body.data.progress)

  // Detach: the wish leaves, and the resource.
  const detached = await project(ADMIN, 'detach', {
    projectId,
    wishIds: [forB],
    resourceIds: [resource],
  })
  expect(detached.body.data.progress).toEqual({
    wishes: 5,
    fulfilled: 2,
    resources: 0,
    peopleReached: 2,
  })
  expect(await wishProject(forB)).toBeNull()
  // Detaching again is no change either.
  expect((await project(ADMIN, 'detach', { projectId, wishIds: [forB] })).status).toBe(200)
})

it('counts only published resources, so a withdrawn one leaves the progress', async () => {
  const projectId = await createProject('助农集市')
  const kept = await approvedResource('周末免费摊位')
  const gone = await approvedResource('免费冷库寄存')
  await project(ADMIN, 'attach', { projectId, resourceIds: [kept, gone] })
  await stack.http(MERCHANT, 'resource', { action: 'withdraw', data: { resourceId: gone } })

  const seen = await project(null, 'get', { projectId })
  expect(seen.body.data.progress.resources).toBe(1)
  expect(seen.body.data.resources.map((r: { resourceId: string }) => r.resourceId)).toEqual([kept])
  // The committee still sees it on the project, marked withdrawn.
  const committee = await project(ADMIN, 'get', { projectId })
  expect(committee.body.data.resources.map((r: { status: string }) => r.status)).toEqual([
    'approved',
    'withdrawn',
  ])
  expect(committee.body.data.progress.resources).toBe(1)
  const listed = await project(null, 'list', { pageSize: 50 })
  const summary = listed.body.data.list.find(
    (p: { projectId: string }) => p.projectId === projectId,
  )
  expect(summary.progress.resources).toBe(1)
})

it('keeps a wish in one project, and refuses drafts, withdrawn wishes and unpublished resources', async () => {
  const first = await createProject('春风助学')
  const second = await createProject('夏日清凉')
  const wish = await insertWish()
  const other = await insertWish()
  expect((await project(ADMIN, 'attach', { projectId: first, wishIds: [wish] })).status).toBe(200)

  // In another project: refused, and nothing of the request is written.
  const twice = await project(ADMIN, 'attach', { projectId: second, wishIds: [other, wish] })
  expect(twice.status).toBe(400)
  expect(issues(twice)).toEqual(['wishIds'])
  expect(twice.body.error.message).toContain('已属于另一个项目')
  expect(await wishProject(wish)).toBe(first)
  expect(await wishProject(other)).toBeNull()
  const notHere = await project(ADMIN, 'detach', { projectId: second, wishIds: [wish] })
  expect(issues(notHere)).toEqual(['wishIds'])
  expect(await wishProject(wish)).toBe(first)

  // Two projects racing for one wish: exactly one gets it.
  const contested = await insertWish()
  const race = await Promise.all(
    [first, second].map((projectId) =>
      project(ADMIN, 'attach', { projectId, wishIds: [contested] }),
    ),
  )
  expect(race.map((r) => r.status).sort()).toEqual([200, 400])
  const winner = race[0].status === 200 ? first : second
  expect(await wishProject(contested)).toBe(winner)

  const draft = await insertWish({ status: 'draft' })
  const withdrawn = await insertWish({ status: 'withdrawn' })
  for (const id of [draft, withdrawn, 'no-such-wish']) {
    const res = await project(ADMIN, 'attach', { projectId: second, wishIds: [id] })
    expect({ id, paths: issues(res) }).toEqual({ id, paths: ['wishIds'] })
  }
  const pendingResource = (
    await stack.http(MERCHANT, 'resource', {
      action: 'publish',
      data: resourceInput({ kind: 'merchant', shopId: DEMO_SHOPS[0]._id }),
    })
  ).body.data.resourceId
  for (const id of [pendingResource, 'no-such-resource']) {
    const res = await project(ADMIN, 'attach', { projectId: second, resourceIds: [id] })
    expect({ id, paths: issues(res) }).toEqual({ id, paths: ['resourceIds'] })
  }
  expect((await project(ADMIN, 'attach', { projectId: 'no-such', wishIds: [wish] })).status).toBe(
    404,
  )
})

it('creates and updates projects, naming the field of every bad input', async () => {
  const projectId = await createProject('敬老助餐')
  const updated = await project(ADMIN, 'update', {
    projectId,
    name: '敬老助餐行动',
    goal: '为独居老人每周送两次热饭。',
    startsOn: dayIn(1),
    endsOn: dayIn(60),
  })
  expect(updated.body.data).toEqual({ projectId })
  expect((await project(null, 'get', { projectId })).body.data).toMatchObject({
    name: '敬老助餐行动',
    startsOn: dayIn(1),
    endsOn: dayIn(60),
    progress: { wishes: 0, fulfilled: 0, resources: 0, peopleReached: 0 },
    wishes: [],
    resources: [],
  })

  const valid = { ...PROJECT, startsOn: dayIn(0), endsOn: dayIn(10) }
  const cases: [object, string[]][] = [
    [{ name: '冬' }, ['name']],
    [{ goal: '短' }, ['goal']],
    [{ endsOn: dayIn(-1) }, ['endsOn']],
    [{ startsOn: '2031-02-30', endsOn: '2031-03-01' }, ['startsOn']],
    [{ startsOn: 'soon' }, ['startsOn']],
  ]
  for (const [overrides, paths] of cases) {
    const res = await project(ADMIN, 'create', { ...valid, ...overrides })
    expect({ overrides, status: res.status, paths: issues(res) }).toEqual({
      overrides,
      status: 400,
      paths,
    })
  }
  const missing = await project(ADMIN, 'update', { ...valid, projectId: 'no-such-project' })
  expect(missing.status).toBe(404)
  expect(issues(await project(ADMIN, 'attach', { projectId }))).toEqual(['wishIds'])
  expect(issues(await project(ADMIN, 'attach', { projectId, wishIds: ['a b'] }))).toEqual([
    'wishIds.0',
  ])
  expect((await project(null, 'get', { projectId: 'no-such-project' })).status).toBe(404)
})

it('shows the seeded 重阳敬老 with its two resources', async () => {
  const seeded = await project('demo-shopper', 'get', { projectId: 'demo-project-1' })
  expect(seeded.body.data).toMatchObject({ name: '重阳敬老', progress: { resources: 2 } })
  expect(seeded.body.data.resources.map((r: { title: string }) => r.title)).toEqual([
    '每月为老人免费理发',
    '每月 20 份爱心牛肉面',
  ])
})

it('refuses every action to every role it is not for', async () => {
  await expectRolesRefused(API.project, DEMO_CALLERS, project)
})

it('serves every query from an index', () => {
  expectEveryQueryIndexed(stack)
})

import { API } from '../../../types/api'
import type { Role } from '../../../types/roles'
import { expectEveryQueryIndexed } from '../../support/stack'
import {
  createBranch,
  createMerchantShop,
  createPeople,
  createUser,
  VALID_WISH,
  wishStack,
} from './fixtures'

const w = wishStack()

const ACTIONS = API.wish as Record<string, { access: 'anyone' | Role[] }>

it('refuses every action to every role it does not allow, and the anonymous caller', async () => {
  const people: Record<string, string> = {
    public: (await createUser('普通群众')).openid,
    member: (await createUser('某党员', ['member'])).openid,
    merchant: (await createUser('某商户', ['merchant'])).openid,
    secretary: (await createUser('某书记', ['secretary'])).openid,
    admin: (await createUser('某委员', ['admin'])).openid,
  }
  let checked = 0
  for (const [action, spec] of Object.entries(ACTIONS)) {
    if (spec.access === 'anyone') continue
    const anon = await w.call(null, action, {})
    expect([action, anon.body.error.code]).toEqual([action, 'UNAUTHENTICATED'])
    for (const [role, openid] of Object.entries(people)) {
      // Everyone signed in holds `public`; the others hold exactly their one role.
      if (spec.access.includes('public') || spec.access.includes(role as Role)) continue
      const res = await w.call(openid, action, {})
      expect([action, role, res.body.error.code]).toEqual([action, role, 'FORBIDDEN'])
      checked++
    }
  }
  expect(checked).toBeGreaterThan(30)
})

it('refuses each step to whoever is not its party', async () => {
  const branch = await createBranch()
  const other = await createBranch('隔壁支部')
  const { wisher, stranger, holder, member } = await createPeople(
    { wisher: '卢阿姨', stranger: '外人' },
    { holder: '唐先锋', member: '宋旁观' },
  )
  const shop = await createMerchantShop('贺老板')
  const forbidden = async (openid: string, action: string, data: object) => {
    const res = await w.call(openid, action, data)
    expect([action, res.body.error?.code]).toEqual([action, 'FORBIDDEN'])
  }

  const wishId = await w.submit(wisher.openid, {
    place: { kind: 'shop', shopId: branch.shop.shopId },
  })
  expect((await w.call(stranger.openid, 'get', { wishId })).body.error.code).toBe('NOT_FOUND')
  expect((await w.call(other.secretary.openid, 'get', { wishId })).body.error.code).toBe(
    'NOT_FOUND',
  )
  await forbidden(stranger.openid, 'withdraw', { wishId })
  await forbidden(other.secretary.openid, 'review', { wishId, decision: 'approve' })
  await forbidden(stranger.openid, 'submit', {
    ...VALID_WISH,
    contact: null,
    onBehalf: { name: '张三', source: '走访' },
  })
  await w.call(branch.secretary.openid, 'review', { wishId, decision: 'approve' })

  await forbidden(wisher.openid, 'claim', { wishId }) // no claim role
  await forbidden(holder.openid, 'release', { wishId, reason: '还没认领' })
  const asOtherShop = await w.call(shop.merchant.openid, 'claim', {
    wishId,
    as: { kind: 'merchant', shopId: branch.shop.shopId },
  })
  expect(asOtherShop.body.error.issues).toEqual([
    { path: 'as.shopId', message: '只能代表您经营的店铺' },
  ])
  await w.call(holder.openid, 'claim', { wishId })
  await forbidden(member.openid, 'release', { wishId, reason: '不是我的' })
  await forbidden(member.openid, 'progress', { wishId, note: '插一句话' })
  await forbidden(member.openid, 'fulfil', { wishId, note: '冒充已经实现' })
  await forbidden(member.openid, 'respond', { wishId, accept: true })
  await w.call(holder.openid, 'fulfil', { wishId, note: '已经修好送回' })
  await forbidden(stranger.openid, 'confirm', { wishId, done: true, rating: 5 })
  await forbidden(holder.openid, 'confirm', { wishId, done: true, rating: 5 })
  await forbidden('demo-admin', 'confirm', { wishId, done: true, rating: 5 }) // not 代录
  expect((await w.call(wisher.openid, 'withdraw', { wishId })).body.error.code).toBe('CONFLICT')
})

it('answers junk input with errors naming the field', async () => {
  const { wisher, member } = await createPeople({ wisher: '严同学' }, { member: '薛认领' })
  const paths = async (openid: string | null, action: string, data: object) => {
    const res = await w.call(openid, action, data)
    expect([action, res.body.error?.code]).toEqual([action, 'VALIDATION'])
    return (res.body.error.issues as { path: string }[]).map((i) => i.path)
  }
  expect(
    await paths(wisher.openid, 'submit', {
      title: '短',
      description: '太短',
      category: 'pets',
      photos: ['a', 'b', 'c', 'd'],
      wantedBy: '明天',
      place: { kind: 'moon' },
      contact: '12345',
    }),
  ).toEqual(
    expect.arrayContaining([
      'title',
      'description',
      'category',
      'photos',
      'wantedBy',
      'place.kind',
      'contact',
    ]),
  )
  expect(await paths(wisher.openid, 'submit', { ...VALID_WISH, contact: undefined })).toEqual([
    'contact',
  ])
  expect(await paths(wisher.openid, 'submit', { ...VALID_WISH, wantedBy: '2020-01-01' })).toEqual([
    'wantedBy',
  ])
  expect(
    await paths(wisher.openid, 'submit', {
      ...VALID_WISH,
      place: { kind: 'shop', shopId: 'no-such-shop' },
    }),
  ).toEqual(['place.shopId'])
  expect(await paths(wisher.openid, 'saveDraft', { description: '没有标题' })).toEqual(['title'])

  const wishId = await w.submit(wisher.openid)
  expect(await paths('demo-admin', 'review', { wishId, decision: 'reject' })).toEqual(['reason'])
  expect(await paths('demo-admin', 'review', { wishId, decision: 'maybe' })).toEqual(['decision'])
  await w.call('demo-admin', 'review', { wishId, decision: 'approve' })
  expect(
    await paths('demo-admin', 'dispatch', { wishId, to: { kind: 'alien' }, deadline: '下周' }),
  ).toEqual(expect.arrayContaining(['to.kind', 'deadline']))
  expect(
    await paths('demo-admin', 'dispatch', {
      wishId,
      to: { kind: 'member', userId: 'user-shopper' },
      deadline: '2099-01-01',
    }),
  ).toEqual(['to.userId'])
  expect(
    await paths('demo-admin', 'dispatch', {
      wishId,
      to: { kind: 'member', userId: member.userId },
      deadline: '2099-01-01',
      resourceId: 'no-such-resource',
    }),
  ).toEqual(['resourceId'])
  expect(await paths(member.openid, 'claim', { wishId, as: { kind: 'branch' } })).toEqual([
    'as.orgId',
  ])
  await w.call(member.openid, 'claim', { wishId })
  expect(await paths(member.openid, 'release', { wishId, reason: '' })).toEqual(['reason'])
  expect(await paths(member.openid, 'progress', { wishId, note: '' })).toEqual(['note'])
  expect(
    await paths(member.openid, 'fulfil', { wishId, note: '好', photos: Array(7).fill('p') }),
  ).toEqual(['note', 'photos'])
  expect(await paths(member.openid, 'respond', { wishId, accept: false })).toEqual(['reason'])
  await w.call(member.openid, 'fulfil', { wishId, note: '已经做好了' })
  expect(await paths(wisher.openid, 'confirm', { wishId, done: true })).toEqual(['rating'])
  expect(await paths(wisher.openid, 'confirm', { wishId, done: false })).toEqual(['reason'])
  expect(await paths(wisher.openid, 'confirm', { wishId, done: true, rating: 9 })).toEqual([
    'rating',
  ])
  expect(await paths(null, 'list', { keyword: 'x'.repeat(31), category: 'pets' })).toEqual(
    expect.arrayContaining(['keyword', 'category']),
  )
  expect(await paths(null, 'board', { limit: 0 })).toEqual(['limit'])
  expect(await paths('demo-admin', 'figures', { month: '2026/12' })).toEqual(['month'])
  expect(await paths('demo-admin', 'queue', { view: 'mine' })).toEqual(['view'])
  expect(await paths(wisher.openid, 'mine', { side: 'both' })).toEqual(['side'])
  expect(await paths(wisher.openid, 'get', { wishId: '' })).toEqual(['wishId'])
})

it('served every query from a declared index', () => expectEveryQueryIndexed(w.stack))

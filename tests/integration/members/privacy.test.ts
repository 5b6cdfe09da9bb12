// Registration data are sensitive personal information: whatever a shopper, a merchant or an
// unrelated member can ask for, no reply carries a member's name unmasked, their phone, their
// openid or their membership details; and after 注销 no collection holds them any more.
import { API, type ActionSpec } from '../../../types/api'
import { writeRosterSheet } from '../../../server/services/member-sheet'
import { pseudonymOf } from '../../../server/services/member-crypto'
import { dumpDatabase, fileStack } from '../../support/stack'

const stack = fileStack()

const signedIn = new Set<string>()
async function call(who: string, fn: string, action: string, data: object = {}, key?: string) {
  if (!signedIn.has(who)) {
    await stack.http(who, 'user', { action: 'me' })
    signedIn.add(who)
  }
  return stack.http(who, fn, { action, data, ...(key ? { idempotencyKey: key } : {}) })
}

const TARGET = {
  openid: 'target-member',
  realName: '欧阳明辉',
  phone: '13855556666',
  joinedOn: '2013-04-12',
  recordOrg: '潍坊市奎文区广文街道党工委',
}

/** Registers TARGET, has the roster and the committee confirm them, and shows them on shop-003. */
async function verifiedTarget(): Promise<string> {
  await call(
    TARGET.openid,
    'member',
    'submit',
    {
      realName: TARGET.realName,
      gender: '男',
      phone: TARGET.phone,
      joinedOn: TARGET.joinedOn,
      standing: 'full',
      recordOrg: TARGET.recordOrg,
      transferred: false,
      floating: true,
      workShopId: 'shop-003',
      post: '店长',
      consent: true,
    },
    'target-submit-0001',
  )
  const roster = await writeRosterSheet([
    {
      realName: TARGET.realName,
      phone: TARGET.phone,
      joinedOn: TARGET.joinedOn,
      recordOrg: TARGET.recordOrg,
    },
  ])
  await call('demo-admin', 'member', 'importRoster', {
    fileName: '花名册.xlsx',
    contentBase64: roster.toString('base64'),
  })
  const page = await call('demo-admin', 'member', 'queue', { q: TARGET.phone })
  const userId = page.body.data.list[0].userId
  await call('demo-admin', 'member', 'approve', { userId })
  await call(TARGET.openid, 'member', 'setShowStatus', { show: true })
  return userId
}

/** Inputs for the reads a person can make; every other action is called with nothing. */
function inputsFor(fn: string, action: string, shopIds: string[]): object[] {
  if (fn === 'shop' && (action === 'get' || action === 'history'))
    return shopIds.map((shopId) => ({ shopId }))
  if (fn === 'complaint' && action === 'forShop') return shopIds.map((shopId) => ({ shopId }))
  if (fn === 'shop' && action === 'list') return [{}, { keyword: '阿婆' }, { pageSize: 50 }]
  return [{}]
}

it('never shows a member unmasked to shoppers, merchants or unrelated members', async () => {
  await verifiedTarget()
  const shopIds = (await call('demo-shopper', 'shop', 'list', { pageSize: 50 })).body.data.list.map(
    (s: { shopId: string }) => s.shopId,
  )
  const card = await call('demo-shopper', 'shop', 'get', { shopId: 'shop-003' })
  expect(card.body.data.members).toContainEqual({ maskedName: '欧**辉', post: '店长' })

  const secrets = [TARGET.realName, TARGET.phone, TARGET.openid, TARGET.joinedOn, TARGET.recordOrg]
  for (const who of ['demo-shopper', 'demo-merchant', 'demo-member-03', null]) {
    for (const [fn, actions] of Object.entries(API)) {
      for (const action of Object.keys(actions as Record<string, ActionSpec>)) {
        for (const data of inputsFor(fn, action, shopIds)) {
          const res = who
            ? await call(who, fn, action, data)
            : await stack.http(null, fn, { action, data })
          const text = JSON.stringify(res.body)
          for (const secret of secrets)
            if (text.includes(secret)) throw new Error(`${who} ${fn}.${action} shows ${secret}`)
        }
      }
    }
  }
})

it('注销 leaves nothing of the member but the pseudonymised audit trail', async () => {
  const erasing = {
    openid: 'erasing-member',
    realName: '司马青云',
    phone: '13877778888',
  }
  await call(
    erasing.openid,
    'member',
    'submit',
    {
      realName: erasing.realName,
      gender: '女',
      phone: erasing.phone,
      joinedOn: '2001-07-01',
      standing: 'full',
      recordOrg: '青岛市市南区八大峡街道党工委',
      transferred: true,
      floating: false,
      workShopId: 'shop-004',
      post: '面点师',
      skills: ['摄影'],
      consent: true,
    },
    'erase-submit-0001',
  )
  const roster = await writeRosterSheet([
    {
      realName: erasing.realName,
      phone: erasing.phone,
      joinedOn: '2001-07-01',
      recordOrg: '八大峡街道党工委',
    },
  ])
  await call('demo-admin', 'member', 'importRoster', {
    fileName: '花名册.xlsx',
    contentBase64: roster.toString('base64'),
  })
  const userId = (await call('demo-admin', 'member', 'queue', { q: erasing.phone })).body.data
    .list[0].userId
  await call('demo-admin', 'member', 'reject', {
    userId,
    reason: `${erasing.realName}请补充入党时间证明`,
  })
  await call(erasing.openid, 'member', 'submit', await resubmission())
  await call('demo-admin', 'member', 'approve', { userId })
  await call(erasing.openid, 'member', 'setShowStatus', { show: true })
  const shown = await stack.http('demo-shopper', 'shop', {
    action: 'get',
    data: { shopId: 'shop-004' },
  })
  expect(shown.body.data.members).toContainEqual({ maskedName: '司**云', post: '面点师' })
  const before = JSON.stringify(dumpDatabase(stack))
  expect(before).toContain(erasing.realName)
  expect(before).toContain(erasing.openid)

  const missingConfirm = await call(erasing.openid, 'member', 'erase', {})
  expect(missingConfirm.body.error.issues[0].path).toBe('confirm')
  const erased = await call(erasing.openid, 'member', 'erase', { confirm: true })
  expect(erased.body.data).toEqual({ erased: true, accountDeleted: true })

  const dump = dumpDatabase(stack)
  for (const [collection, docs] of Object.entries(dump)) {
    const text = JSON.stringify(docs)
    // The roster is the committee's own record, imported by it: 注销 leaves it (anyone could
    // register with a rostered phone and erase the entry otherwise). It holds no plain phone.
    const secrets =
      collection === 'roster'
        ? [erasing.phone, erasing.openid]
        : [erasing.realName, erasing.phone, erasing.openid]
    for (const secret of secrets)
      if (text.includes(secret)) throw new Error(`${collection} still holds ${secret}`)
  }
  expect(JSON.stringify(dump.roster)).toContain(erasing.realName)
  expect(JSON.stringify(dump.members)).not.toContain(userId)
  // The trail is still there, under the pseudonym, and the verifier's free-text reason is gone.
  const trail = (dump.member_audit as { subject: string; action: string; reason: unknown }[])
    .filter((a) => a.subject === pseudonymOf(userId))
    .map((a) => `${a.action}:${a.reason}`)
    .sort()
  expect(trail).toEqual(
    ['submitted', 'rejected', 'submitted', 'approved', 'shown', 'erased']
      .map((a) => `${a}:null`)
      .sort(),
  )
  const shop = await stack.http('demo-shopper', 'shop', {
    action: 'get',
    data: { shopId: 'shop-004' },
  })
  expect(shop.body.data.members).not.toContainEqual({ maskedName: '司**云', post: '面点师' })

  async function resubmission() {
    const mine = (await call(erasing.openid, 'member', 'mine')).body.data.registration
    return {
      realName: mine.realName,
      gender: mine.gender,
      phone: mine.phone,
      joinedOn: mine.joinedOn,
      standing: mine.standing,
      recordOrg: mine.recordOrg,
      transferred: mine.transferred,
      floating: mine.floating,
      workShopId: mine.shop.shopId,
      post: mine.post,
      consent: true,
    }
  }
})

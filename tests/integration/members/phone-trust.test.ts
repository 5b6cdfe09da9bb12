// A phone number proves who someone is only when WeChat vouched for it. A stranger who types a
// rostered member's phone (with the name and joining date they happen to know) is never approved
// by 一键通过, cannot erase the committee's roster entry by 注销, and cannot take the phone of a
// verified member; two registrations with one phone cannot both be approved, however fast.
import { DEMO_REGISTRATIONS } from '../../../local-cloud/seed/demo-members'
import { phoneHash } from '../../../server/services/member-crypto'
import { dumpDatabase, fileStack } from '../../support/stack'

const stack = fileStack()

const call = (who: string, action: string, data: object = {}) =>
  stack.http(who, 'member', { action, data })

/** The registration form filled in with what a stranger knows of a rostered person. */
function posingAs(realName: string) {
  const m = DEMO_REGISTRATIONS.find((r) => r.realName === realName)!
  return {
    realName: m.realName,
    gender: m.gender,
    phone: m.phone,
    joinedOn: m.joinedOn,
    standing: m.standing,
    recordOrg: m.recordOrg,
    transferred: m.transferred,
    floating: m.floating,
    workShopId: m.shop,
    post: m.post,
    consent: true,
  }
}

const rosterIds = () => (dumpDatabase(stack).roster as { _id: string }[]).map((r) => r._id)

it('never approves a typed phone in one pass, and 注销 leaves the committee roster alone', async () => {
  const wang = posingAs('王小军')
  expect(rosterIds()).toContain(phoneHash(wang.phone))
  const posed = await call('impostor-1', 'submit', wang)
  expect(posed.status).toBe(200)

  const queue = await call('demo-admin', 'queue', { q: wang.phone })
  const rows = queue.body.data.list as {
    userId: string
    rosterMatch: string
    phoneVerified: boolean
  }[]
  const impostor = rows.find((r) => r.userId !== 'user-applicant-01')!
  expect(impostor).toMatchObject({ rosterMatch: 'full', phoneVerified: false })

  const pass = await call('demo-admin', 'approveMatched')
  expect(pass.status).toBe(200)
  const after = await call('demo-admin', 'get', { userId: impostor.userId })
  expect(after.body.data.status).toBe('pending')

  const erased = await call('impostor-1', 'erase', { confirm: true })
  expect(erased.body.data.erased).toBe(true)
  expect(rosterIds()).toContain(phoneHash(wang.phone))
})

it("refuses a registration with a verified member's phone, naming the field", async () => {
  const chen = posingAs('陈晓燕')
  for (const action of ['submit', 'saveDraft']) {
    const res = await call('impostor-2', action, chen)
    expect(res.status).toBe(400)
    expect(res.body.error.issues[0].path).toBe('phone')
    expect(res.body.error.message).toContain('已认证')
  }
  expect((await call('impostor-2', 'mine')).body.data.registration).toBeNull()
})

it('approves only one of two registrations with the same phone, even at the same moment', async () => {
  const form = { ...posingAs('王小军'), phone: '13812349999', realName: '赵双生' }
  await call('twin-a', 'submit', form)
  await call('twin-b', 'submit', form)
  const ids = (await call('demo-admin', 'queue', { q: '13812349999' })).body.data.list.map(
    (r: { userId: string }) => r.userId,
  )
  expect(ids).toHaveLength(2)
  const replies = await Promise.all(
    ids.map((userId: string) => call('demo-admin', 'approve', { userId })),
  )
  expect(replies.map((r) => r.status).sort()).toEqual([200, 409])
  const loser = replies.find((r) => r.status === 409)!
  expect(loser.body.error.message).toContain('手机号')
  const statuses = await Promise.all(
    ids.map(
      async (userId: string) => (await call('demo-admin', 'get', { userId })).body.data.status,
    ),
  )
  expect(statuses.sort()).toEqual(['pending', 'verified'])
  // The one left pending has no member role.
  for (const who of ['twin-a', 'twin-b']) {
    const me = (await stack.http(who, 'user', { action: 'me' })).body.data
    const mineNow = (await call(who, 'mine')).body.data.registration
    expect(me.roles.includes('member')).toBe(mineNow.status === 'verified')
  }
})

// A verifier's decision is written with what it leaves to do (the audit entry, the member's
// message, the member role, the shop card) in one transaction, so a crash right after the write
// cannot leave a revoked member on a shop's page or holding the role: the housekeeping sweep, or a
// retry of the same request, finishes it, once.
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'
import { MEMBER_FORM } from '../../support/member-form'
import { sdkDatabase } from '../../support/local-endpoint'
import * as crash from '../../support/crash'

const stack = fileStack()

type Doc = crash.Doc

const FORM = { ...MEMBER_FORM, workShopId: 'shop-003' }

const call = (who: string, action: string, data: object = {}, idempotencyKey?: string) =>
  stack.http(who, 'member', { action, data, ...(idempotencyKey ? { idempotencyKey } : {}) })
const db = () => sdkDatabase('local')
const all = (coll: string) => crash.allOf(stack, coll)
const messagesOf = (userId: string, kind: string) => crash.messagesOf(stack, userId, kind)
const rolesOf = async (who: string) =>
  (await stack.http(who, 'user', { action: 'me' })).body.data.roles as string[]
const shopMembers = async () =>
  (await stack.http('demo-shopper', 'shop', { action: 'get', data: { shopId: 'shop-003' } })).body
    .data.members
const recordOf = (userId: string, kind: string) => crash.recordTelling(stack, userId, kind)
const auditsOf = (record: Doc) => all('member_audit').filter((a) => a._id.startsWith(record._id))

const sweep = () => crash.sweep(stack)

/** A verified member of shop-003 who shows their status there. */
async function shownMember(who: string, phone: string) {
  await call(who, 'submit', { ...FORM, realName: '郑晓东', phone })
  const userId = (await call('demo-admin', 'queue', { q: phone })).body.data.list[0].userId
  const approved = await call(
    'demo-admin',
    'approve',
    { userId, branchId: 'org-food-street' },
    `approve-${who}`,
  )
  expect(approved.body).toMatchObject({ ok: true, data: { status: 'verified' } })
  await call(who, 'setShowStatus', { show: true })
  expect(await shopMembers()).toContainEqual({ maskedName: '郑*东', post: '店长' })
  const { _id, ...shop } = (await db().collection('shops').doc('shop-003').get()).data[0]
  void _id
  return { userId, shop }
}

/**
 * Puts back what a crash right after the revocation's write leaves: the record pending (written a
 * while ago), the role still held, no audit entry or message, the shop's card as it was.
 */
async function crashAfterRevoke(record: Doc, userId: string, shop: object) {
  await crash.crashedAfterWrite(stack, record, userId, ['registration_revoked'])
  await db()
    .collection('users')
    .doc(userId)
    .update({ roles: db().command.addToSet('member') })
  for (const a of auditsOf(record)) await db().collection('member_audit').doc(a._id).remove()
  await db().collection('shops').doc('shop-003').set(shop)
}

it('writes an approval with its audit entry and message, carried out at once', async () => {
  await call('reg-fu-1', 'submit', { ...FORM, phone: '13812340031' })
  const userId = (await call('demo-admin', 'queue', { q: '13812340031' })).body.data.list[0].userId
  await call('demo-admin', 'approve', { userId, branchId: 'org-food-street' }, 'fu-approve-1')

  const record = recordOf(userId, 'registration_approved')
  expect(record.effects.map((e: Doc) => e.kind)).toEqual(['memberAudit', 'notify'])
  expect(record.doneAt).toBeTruthy()
  expect(auditsOf(record)).toEqual([
    expect.objectContaining({ action: 'approved', branchId: 'org-food-street' }),
  ])
  expect(messagesOf(userId, 'registration_approved')).toHaveLength(1)
  expect(await rolesOf('reg-fu-1')).toContain('member')
})

it('lets the sweep finish a revocation a crash cut off: off the shop page, role gone, once', async () => {
  const { userId, shop } = await shownMember('reg-fu-2', '13812340032')
  const revoked = await call(
    'demo-admin',
    'revoke',
    { userId, reason: '组织关系核实有误' },
    'fu-revoke-2',
  )
  expect(revoked.body).toMatchObject({ ok: true, data: { status: 'revoked' } })
  const record = recordOf(userId, 'registration_revoked')
  expect(record.effects.map((e: Doc) => e.kind)).toEqual([
    'card',
    'memberRole',
    'memberAudit',
    'notify',
  ])

  await crashAfterRevoke(record, userId, shop)
  expect(await shopMembers()).toContainEqual({ maskedName: '郑*东', post: '店长' })
  expect(await rolesOf('reg-fu-2')).toContain('member')

  expect(await sweep()).toBeGreaterThanOrEqual(1)
  expect(await shopMembers()).not.toContainEqual({ maskedName: '郑*东', post: '店长' })
  expect(await rolesOf('reg-fu-2')).not.toContain('member')
  expect(messagesOf(userId, 'registration_revoked')).toHaveLength(1)
  expect(auditsOf(record)).toEqual([
    expect.objectContaining({ action: 'revoked', reason: '组织关系核实有误' }),
  ])

  await sweep()
  expect(messagesOf(userId, 'registration_revoked')).toHaveLength(1)
  expect(auditsOf(record)).toHaveLength(1)
})

it('answers a retry of a revocation cut off before its reply by finishing it, not CONFLICT', async () => {
  const { userId, shop } = await shownMember('reg-fu-3', '13812340033')
  const data = { userId, reason: '组织关系核实有误' }
  await call('demo-admin', 'revoke', data, 'fu-revoke-3')
  const record = recordOf(userId, 'registration_revoked')
  await crashAfterRevoke(record, userId, shop)
  await crash.replyNeverStored(stack, (r) => r.userId === userId && r.status === 'revoked')

  const retry = await call('demo-admin', 'revoke', data, 'fu-revoke-3')
  expect(retry.status).toBe(200)
  expect(retry.body.data).toEqual({ userId, status: 'revoked' })
  expect(await shopMembers()).not.toContainEqual({ maskedName: '郑*东', post: '店长' })
  expect(await rolesOf('reg-fu-3')).not.toContain('member')
  expect(messagesOf(userId, 'registration_revoked')).toHaveLength(1)
  expect(auditsOf(record)).toHaveLength(1)
})

it('refuses a second member with a verified phone, leaving the registration pending and roleless', async () => {
  await call('reg-fu-4', 'submit', { ...FORM, phone: '13812340034' })
  await call('reg-fu-5', 'submit', { ...FORM, phone: '13812340034' })
  const [first, second] = (await call('demo-admin', 'queue', { q: '13812340034' })).body.data.list
  const ok = await call('demo-admin', 'approve', {
    userId: first.userId,
    branchId: 'org-food-street',
  })
  expect(ok.status).toBe(200)
  const count = all('follow_ups').length

  const refused = await call('demo-admin', 'approve', {
    userId: second.userId,
    branchId: 'org-food-street',
  })
  expect(refused.status).toBe(409)
  expect(refused.body.error.message).toBe('该手机号已由另一名已认证的党员使用，请核实后退回')
  const pending = all('members').find((m) => m._id === second.userId)
  expect(pending?.status).toBe('pending')
  expect(all('follow_ups')).toHaveLength(count)
  expect(messagesOf(second.userId, 'registration_approved')).toHaveLength(0)
  const roles = all('users').find((u) => u._id === second.userId)?.roles ?? []
  expect(roles).not.toContain('member')
})

it('takes a person out of the follow-ups still pending when they erase their registration', async () => {
  await call('reg-fu-6', 'submit', { ...FORM, realName: '欧阳春晓', phone: '13812340036' })
  const userId = (await call('demo-admin', 'queue', { q: '13812340036' })).body.data.list[0].userId
  const reason = '欧阳春晓的入党时间有误'
  await call('demo-admin', 'reject', { userId, reason }, 'fu-reject-6')
  const record = recordOf(userId, 'registration_rejected')
  // Cut off after the write: the audit entry and the message not yet made.
  await crash.crashedAfterWrite(stack, record, userId, ['registration_rejected'])
  for (const a of auditsOf(record)) await db().collection('member_audit').doc(a._id).remove()

  const erased = await call('reg-fu-6', 'erase', { confirm: true })
  expect(erased.body.data).toMatchObject({ erased: true })
  const kept = all('follow_ups').find((r) => r._id === record._id)!
  expect(kept.effects.map((e: Doc) => e.kind)).toEqual(['memberAudit'])
  expect(kept.concerns).toEqual([])
  expect(JSON.stringify(kept)).not.toContain('欧阳春晓')

  await sweep()
  expect(auditsOf(record)).toEqual([expect.objectContaining({ action: 'rejected', reason: null })])
  expect(messagesOf(userId, 'registration_rejected')).toHaveLength(0)
  expect(JSON.stringify(all('follow_ups'))).not.toContain('欧阳春晓')
})

it("lets the sweep take a member off the shop page when a crash cut off 亮身份's switching off", async () => {
  const who = 'reg-fu-hide'
  const { userId, shop } = await shownMember(who, '13812340051')
  expect((await call(who, 'setShowStatus', { show: false })).status).toBe(200)
  expect(await shopMembers()).not.toContainEqual({ maskedName: '郑*东', post: '店长' })
  const record = all('follow_ups').find((r) =>
    r.effects.some((e: Doc) => e.kind === 'memberAudit' && e.entry.action === 'hidden'),
  )!
  expect(record.effects.map((e: Doc) => e.kind)).toEqual(['card', 'memberAudit'])

  // The crash came right after the switch: the card still shows them, no audit entry.
  await crash.crashedAfterWrite(stack, record, userId, [])
  for (const a of auditsOf(record)) await db().collection('member_audit').doc(a._id).remove()
  await db().collection('shops').doc('shop-003').set(shop)
  expect(await shopMembers()).toContainEqual({ maskedName: '郑*东', post: '店长' })

  expect(await sweep()).toBeGreaterThanOrEqual(1)
  expect(await shopMembers()).not.toContainEqual({ maskedName: '郑*东', post: '店长' })
  expect(auditsOf(record).map((a) => a.action)).toEqual(['hidden'])
  await sweep()
  expect(auditsOf(record)).toHaveLength(1)
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

// Every wish step (and the due-soon reminder's marker) writes its messages as a follow-up record in
// the step's own transaction: a crash right after the write (here put back by hand: the record pending, the message gone) delays the
// message to the housekeeping sweep, which sends it once.
import { expectEveryQueryIndexed } from '../../support/stack'
import * as crash from '../../support/crash'
import { dayIn } from '../../support/time'
import { createUser, createVerifiedMember, wishStack } from './fixtures'

const w = wishStack()

type Doc = crash.Doc

const messagesOf = (userId: string, kind: string) => crash.messagesOf(w.stack, userId, kind)
const recordTelling = (userId: string, kind: string) => crash.recordTelling(w.stack, userId, kind)

it.each([
  ['review', 'wish_reviewed'],
  ['fulfil', 'wish_fulfilled'],
  ['release', 'wish_released'],
] as const)(
  "sends the wisher %s's message once, from the sweep, after a crash",
  async (step, kind) => {
    const wisher = await createUser(`心愿人-${step}`)
    const member = await createVerifiedMember(`认领人${step}`)
    const wishId =
      step === 'review' ? await w.submit(wisher.openid) : await w.openWish(wisher.openid)
    if (step === 'review')
      expect((await w.call('demo-admin', 'review', { wishId, decision: 'approve' })).status).toBe(
        200,
      )
    else {
      expect((await w.call(member.openid, 'claim', { wishId })).status).toBe(200)
      const data =
        step === 'fulfil'
          ? { wishId, note: '已经修好送回' }
          : { wishId, reason: '临时出差无法完成' }
      expect((await w.call(member.openid, step, data)).status).toBe(200)
    }
    expect(messagesOf(wisher.userId, kind)).toHaveLength(1)
    const record = recordTelling(wisher.userId, kind)
    expect(record.doneAt).toBeTruthy()

    await crash.crashedAfterWrite(w.stack, record, wisher.userId, [kind])
    expect(messagesOf(wisher.userId, kind)).toHaveLength(0)
    expect(await crash.sweep(w.stack)).toBeGreaterThanOrEqual(1)
    expect(messagesOf(wisher.userId, kind)).toHaveLength(1)
    await crash.sweep(w.stack)
    expect(messagesOf(wisher.userId, kind)).toHaveLength(1)
  },
)

it("sends the member a dispatch's message once, from the sweep, after a crash", async () => {
  const wisher = await createUser('心愿人-dispatch')
  const member = await createVerifiedMember('派单承接人')
  const wishId = await w.openWish(wisher.openid)
  const data = { wishId, to: { kind: 'member', userId: member.userId }, deadline: dayIn(3) }
  const dispatched = await w.stack.http('demo-admin', 'wish', {
    action: 'dispatch',
    data,
    idempotencyKey: 'fu-dispatch-1',
  })
  expect(dispatched.body).toMatchObject({ ok: true, data: { status: 'dispatched' } })
  const record = recordTelling(member.userId, 'wish_dispatched')
  expect(record.doneAt).toBeTruthy()

  await crash.crashedAfterWrite(w.stack, record, member.userId, ['wish_dispatched'])
  expect(await crash.sweep(w.stack)).toBeGreaterThanOrEqual(1)
  expect(messagesOf(member.userId, 'wish_dispatched')).toHaveLength(1)

  // The first try died before its reply was stored: the retry answers with the dispatch.
  await crash.replyNeverStored(w.stack, (r) => r.wishId === wishId && r.status === 'dispatched')
  const retry = await w.stack.http('demo-admin', 'wish', {
    action: 'dispatch',
    data,
    idempotencyKey: 'fu-dispatch-1',
  })
  expect(retry.body).toMatchObject({ ok: true, data: { status: 'dispatched' } })
  expect(messagesOf(member.userId, 'wish_dispatched')).toHaveLength(1)
})

it("sends the wish sweep's overdue messages once, from the housekeeping sweep, after a crash", async () => {
  const wisher = await createUser('心愿人-overdue')
  const member = await createVerifiedMember('逾期认领人')
  const wishId = await w.openWish(wisher.openid)
  expect((await w.call(member.openid, 'claim', { wishId })).status).toBe(200)
  await w.setWish(wishId, { deadline: new Date(Date.now() - 3600_000) })
  expect((await w.call('demo-admin', 'sweep', {})).body.data.claimsOverdue).toBe(1)
  expect(messagesOf(wisher.userId, 'wish_released')).toHaveLength(1)
  expect(messagesOf(member.userId, 'wish_overdue')).toHaveLength(1)

  const record = recordTelling(wisher.userId, 'wish_released')
  expect(record.effects.map((e: Doc) => e.notice.kind)).toEqual([
    'wish_overdue',
    'wish_overdue',
    'wish_released',
  ])
  await crash.crashedAfterWrite(w.stack, record, wisher.userId, ['wish_released'])
  await crash.crashedAfterWrite(w.stack, record, member.userId, ['wish_overdue'])
  expect(await crash.sweep(w.stack)).toBeGreaterThanOrEqual(1)
  expect(messagesOf(wisher.userId, 'wish_released')).toHaveLength(1)
  expect(messagesOf(member.userId, 'wish_overdue')).toHaveLength(1)
  expect((await w.storedWish(wishId)).status).toBe('open')
})

it('sends the holder the due-soon reminder once, from the sweep, after a crash', async () => {
  const wisher = await createUser('心愿人-due')
  const member = await createVerifiedMember('临期认领人')
  const wishId = await w.openWish(wisher.openid)
  expect((await w.call(member.openid, 'claim', { wishId })).status).toBe(200)
  await w.setWish(wishId, { deadline: new Date(Date.now() + 2 * 3600_000) })
  expect((await w.call('demo-admin', 'sweep', {})).body.data.dueSoon).toBe(1)
  const record = recordTelling(member.userId, 'wish_due_soon')
  expect(record.doneAt).toBeTruthy()

  // The marker is taken, the message lost: the wish sweep does not remind again, the record does.
  await crash.crashedAfterWrite(w.stack, record, member.userId, ['wish_due_soon'])
  expect((await w.call('demo-admin', 'sweep', {})).body.data.dueSoon).toBe(0)
  expect(messagesOf(member.userId, 'wish_due_soon')).toHaveLength(0)
  expect(await crash.sweep(w.stack)).toBeGreaterThanOrEqual(1)
  await crash.sweep(w.stack)
  expect(messagesOf(member.userId, 'wish_due_soon')).toHaveLength(1)
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(w.stack)
})

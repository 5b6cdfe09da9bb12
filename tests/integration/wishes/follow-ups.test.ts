// Every wish step writes its messages as a follow-up record in the step's own transaction: a crash
// right after the write (here put back by hand: the record pending, the message gone) delays the
// message to the housekeeping sweep, which sends it once.
import { dumpDatabase, expectEveryQueryIndexed } from '../../support/stack'
import { createUser, createVerifiedMember, db, wishStack } from './fixtures'

const w = wishStack()

type Doc = { _id: string } & Record<string, any>

const all = (coll: string) => dumpDatabase(w.stack)[coll] as Doc[]
const messagesOf = (userId: string, kind: string) =>
  all('messages').filter((m) => m.userId === userId && m.kind === kind)
const recordTelling = (userId: string, kind: string) =>
  all('follow_ups').find((r) =>
    r.effects.some(
      (e: Doc) => e.kind === 'notify' && e.userIds.includes(userId) && e.notice.kind === kind,
    ),
  ) as Doc

const sweep = async () => {
  const reply = await w.stack.timer('housekeeping', 'sweep')
  expect(reply.ok).toBe(true)
  return reply.data as { followUps: number }
}

/** What a crash right after the step's write leaves: its record pending, its messages unsent. */
async function crashAfterWrite(record: Doc, userId: string, kind: string) {
  const _ = db().command
  await db()
    .collection('follow_ups')
    .doc(record._id)
    .update({ doneAt: null, expiresAt: _.remove(), createdAt: new Date(Date.now() - 120_000) })
  for (const m of messagesOf(userId, kind)) await db().collection('messages').doc(m._id).remove()
}

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

    await crashAfterWrite(record, wisher.userId, kind)
    expect(messagesOf(wisher.userId, kind)).toHaveLength(0)
    expect((await sweep()).followUps).toBeGreaterThanOrEqual(1)
    expect(messagesOf(wisher.userId, kind)).toHaveLength(1)
    await sweep()
    expect(messagesOf(wisher.userId, kind)).toHaveLength(1)
  },
)

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(w.stack)
})

// Retried writes survive crashes: a call that died leaves a pending record whose lease (the
// function's time limit) runs out, and the retry then runs once; a call still in flight refuses its
// retry; a finished one returns its stored reply. The housekeeping timer keeps the idempotency,
// rate-limit and claim-code collections bounded.
import { requestKeyOf } from '../../../server/kernel/router'
import { dumpDatabase, fileStack } from '../../support/stack'
import { createShop, createUser, db } from '../complaints/fixtures'

const stack = fileStack()

/** The record id the router keeps for (function.action, caller, client key). */
const recordId = requestKeyOf

const rate = (openid: string, shopId: string, key: string) =>
  stack.http(openid, 'rating', {
    action: 'rate',
    data: { shopId, stars: 4 },
    idempotencyKey: key,
  })

/**
 * A fresh shop and a rater `nickname` whose rating call with `key`, started `startedMsAgo`, was
 * killed after writing its idempotency record: what that leaves behind.
 */
async function leaveDeadCall(nickname: string, key: string, startedMsAgo: number) {
  const { shopId } = await createShop()
  const user = await createUser(nickname)
  const createdAt = new Date(Date.now() - startedMsAgo)
  await db()
    .collection('idempotency')
    .doc(recordId('rating.rate', user.openid, key))
    .set({
      status: 'pending',
      attempt: 1,
      leaseUntil: new Date(createdAt.getTime() + 40_000),
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 24 * 3600_000),
    })
  return { shopId, user }
}

it('lets the retry of a call that died run once, instead of refusing it forever', async () => {
  const { shopId, user } = await leaveDeadCall('重试者', 'crashed-call-0001', 60_000)

  const retry = await rate(user.openid, shopId, 'crashed-call-0001')
  expect(retry.status).toBe(200)
  expect(retry.body.data).toMatchObject({ status: 'public', replaced: false })
  const again = await rate(user.openid, shopId, 'crashed-call-0001')
  expect(again.body).toEqual(retry.body)
  const ratings = await db().collection('ratings').where({ shopId }).count()
  expect(ratings.total).toBe(1)
})

it('refuses the retry of a call still within its time limit, without running it', async () => {
  const { shopId, user } = await leaveDeadCall('急性子', 'in-flight-call-01', 1_000)
  const retry = await rate(user.openid, shopId, 'in-flight-call-01')
  expect(retry.status).toBe(409)
  expect((await db().collection('ratings').where({ shopId }).count()).total).toBe(0)
})

it('lets exactly one of many parallel retries take over a dead call', async () => {
  const { shopId, user } = await leaveDeadCall('连点', 'crashed-call-0002', 60_000)
  const replies = await Promise.all(
    Array.from({ length: 8 }, () => rate(user.openid, shopId, 'crashed-call-0002')),
  )
  const ok = replies.filter((r) => r.status === 200)
  expect(ok.length).toBeGreaterThanOrEqual(1)
  expect(replies.every((r) => r.status === 200 || r.status === 409)).toBe(true)
  // The first to finish stored its reply; everyone who got 200 got that same reply.
  for (const r of ok) expect(r.body.data.ratingId).toBe(ok[0].body.data.ratingId)
  const record = await db()
    .collection('idempotency')
    .doc(recordId('rating.rate', user.openid, 'crashed-call-0002'))
    .get()
  expect(record.data[0]).toMatchObject({ status: 'done', attempt: 2 })
})

it('removes expired records on the timer, keeping the live ones', async () => {
  const past = new Date(Date.now() - 60_000)
  const future = new Date(Date.now() + 3600_000)
  const put = (coll: string, id: string, doc: object) => db().collection(coll).doc(id).set(doc)
  await put('idempotency', 'old-reply', {
    status: 'done',
    attempt: 1,
    createdAt: past,
    expiresAt: past,
  })
  await put('idempotency', 'live-reply', {
    status: 'done',
    attempt: 1,
    createdAt: past,
    expiresAt: future,
  })
  await put('rate_limits', 'complaint:someone:2020-01-01', { n: 3, expiresAt: past })
  await put('rate_limits', 'complaint:someone:today', { n: 1, expiresAt: future })
  await put('claim_codes', 'used-code', {
    shopId: 'shop-001',
    usedBy: 'user-x',
    usedAt: past,
    expiresAt: past,
    createdAt: past,
  })
  await put('claim_codes', 'expired-code', {
    shopId: 'shop-001',
    usedBy: null,
    usedAt: null,
    expiresAt: past,
    createdAt: past,
  })
  await put('claim_codes', 'fresh-code', {
    shopId: 'shop-001',
    usedBy: null,
    usedAt: null,
    expiresAt: future,
    createdAt: past,
  })

  const reply = (await stack.timer('housekeeping', 'sweep')) as {
    ok: boolean
    data: Record<string, number>
  }
  expect(reply.ok).toBe(true)
  expect(reply.data.idempotency).toBeGreaterThanOrEqual(1)
  expect(reply.data.rateLimits).toBeGreaterThanOrEqual(1)
  expect(reply.data.claimCodes).toBeGreaterThanOrEqual(2)

  const ids = (coll: string) => (dumpDatabase(stack)[coll] as { _id: string }[]).map((d) => d._id)
  expect(ids('idempotency')).not.toContain('old-reply')
  expect(ids('idempotency')).toContain('live-reply')
  expect(ids('rate_limits')).not.toContain('complaint:someone:2020-01-01')
  expect(ids('rate_limits')).toContain('complaint:someone:today')
  expect(ids('claim_codes')).not.toContain('used-code')
  expect(ids('claim_codes')).not.toContain('expired-code')
  expect(ids('claim_codes')).toContain('fresh-code')
})

it('lets the committee run housekeeping, nobody else', async () => {
  const admin = await stack.http('demo-admin', 'housekeeping', { action: 'sweep', data: {} })
  expect(admin.status).toBe(200)
  expect((await stack.http('demo-shopper', 'housekeeping', { action: 'sweep' })).status).toBe(403)
  expect((await stack.http(null, 'housekeeping', { action: 'sweep' })).status).toBe(401)
})

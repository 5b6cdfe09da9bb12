// Handlers use the services ctx carries, not globals: a test hands a handler its own content check
// (one that refuses everything) and the real database, and the handler follows it.
import { rate } from '../../../cloudfunctions/rating/handlers'
import type { Ctx } from '../../../server/kernel/context'
import { appServices } from '../../../server/kernel/services'
import type { ContentCheck } from '../../../server/services/content-check'
import { findUserByOpenid } from '../../../server/repositories/users'
import { fileStack } from '../../support/stack'
import { createShop, createUser, db } from '../complaints/fixtures'

const stack = fileStack()

it('runs a handler with the services a test passes', async () => {
  const { shopId } = await createShop()
  const { openid } = await createUser('自带服务的顾客')
  const refuseAll: ContentCheck = { check: async () => ({ ok: false, reason: '测试：一律不通过' }) }
  const user = await findUserByOpenid(db(), openid)
  const ctx: Ctx = {
    caller: {
      identity: { openid, appid: null, unionid: null },
      user,
      roles: ['public'],
      system: false,
    },
    db: db(),
    now: () => new Date(),
    services: { ...appServices(), contentCheck: refuseAll },
  }
  const result = await rate(ctx, { shopId, stars: 5, tags: [], text: '干净卫生，服务热情' })
  expect(result.status).toBe('text_rejected')
  const stored = (await db().collection('ratings').doc(result.ratingId).get()).data[0]
  expect(stored).toMatchObject({ status: 'text_rejected', textRejectedReason: '测试：一律不通过' })
  // The same text through the deployed function passes the stack's own check.
  const other = await createUser('另一位顾客')
  const viaStack = await stack.http(other.openid, 'rating', {
    action: 'rate',
    data: { shopId, stars: 5, text: '干净卫生，服务热情' },
  })
  expect(viaStack.body.data.status).toBe('public')
})

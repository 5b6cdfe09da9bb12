// A reminder's marker and its message's follow-up record are one write: a crash right after it
// (here put back by hand: the record pending, the message gone) cannot lose the reminder, since
// the timer will not take the marker again but the housekeeping sweep sends the message, once.
import {
  acceptAndAssign,
  createMerchantShop,
  createUser,
  VALID_COMPLAINT,
} from '../complaints/fixtures'
import * as crash from '../../support/crash'
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'

const stack = fileStack()

const remind = async () => {
  const reply = await stack.timer('inbox', 'remind')
  expect(reply.ok).toBe(true)
  return reply.data as { dueSoon: number; secretaryDigests: number; committeeDigests: number }
}
const messagesOf = (userId: string, kind: string) => crash.messagesOf(stack, userId, kind)

it("sends the handler a deadline's reminder once, from the sweep, after a crash", async () => {
  const shop = await createMerchantShop('韩老板')
  const shopper = await createUser('温晓燕')
  const filed = await stack.http(shopper.openid, 'complaint', {
    action: 'file',
    data: { ...VALID_COMPLAINT, shopId: shop.shopId },
  })
  const complaintId = filed.body.data.complaintId as string
  const deadline = new Date(Date.now() + 12 * 3600_000).toISOString()
  const complaint = (openid: string | null, action: string, data: object) =>
    stack.http(openid, 'complaint', { action, data })
  await acceptAndAssign(
    complaint,
    complaintId,
    'minor',
    { kind: 'merchant', name: shop.name },
    deadline,
  )

  expect((await remind()).dueSoon).toBe(1)
  const record = crash.recordTelling(stack, shop.merchant.userId, 'complaint_due_soon')
  expect(record.doneAt).toBeTruthy()

  await crash.crashedAfterWrite(stack, record, shop.merchant.userId, ['complaint_due_soon'])
  expect((await remind()).dueSoon).toBe(0)
  expect(messagesOf(shop.merchant.userId, 'complaint_due_soon')).toHaveLength(0)
  expect(await crash.sweep(stack)).toBeGreaterThanOrEqual(1)
  await crash.sweep(stack)
  expect(messagesOf(shop.merchant.userId, 'complaint_due_soon')).toHaveLength(1)
})

it("sends the secretary the day's digest once, from the sweep, after a crash", async () => {
  // The seed holds a registration waiting in the secretary's branch.
  await remind()
  const record = crash.recordTelling(stack, 'user-secretary', 'registrations_waiting')
  expect(messagesOf('user-secretary', 'registrations_waiting')).toHaveLength(1)

  await crash.crashedAfterWrite(stack, record, 'user-secretary', ['registrations_waiting'])
  expect((await remind()).secretaryDigests).toBe(0)
  expect(await crash.sweep(stack)).toBeGreaterThanOrEqual(1)
  await crash.sweep(stack)
  expect(messagesOf('user-secretary', 'registrations_waiting')).toHaveLength(1)
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

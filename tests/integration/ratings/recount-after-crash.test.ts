// A rating and the recount of its shop's card are one write and its follow-up: a crash right after
// the rating is stored (here put back by hand: the card as it was before, the record pending)
// leaves the shopper's rating stored and the housekeeping sweep counts it on the card, once.
import * as crash from '../../support/crash'
import { sdkDatabase } from '../../support/local-endpoint'
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'
import { createShop, createUser } from '../complaints/fixtures'

const stack = fileStack()
const db = () => sdkDatabase('local')

/** What a shopper sees of the shop: its card's rating count and average. */
const shownRatings = async (shopId: string) =>
  (await stack.http(null, 'shop', { action: 'get', data: { shopId } })).body.data.ratings as {
    count: number
    average: number | null
  }

/** The card fields of the stored shop, to put back as a crash before the recount would leave them. */
async function cardFields(shopId: string) {
  const { card, integrity, ratings } = (await db().collection('shops').doc(shopId).get()).data[0]
  return { card, integrity, ratings }
}

const recordCounting = (shopId: string) =>
  crash
    .allOf(stack, 'follow_ups')
    .find((r) => r.effects.some((e: crash.Doc) => e.kind === 'integrity' && e.shopId === shopId))!

it("counts a rating on the shop's card from the sweep after a crash before the recount", async () => {
  const { shopId } = await createShop()
  const shopper = await createUser('柏晓东')
  const before = await cardFields(shopId)

  const rated = await stack.http(shopper.openid, 'rating', {
    action: 'rate',
    data: { shopId, stars: 4, text: '价格公道' },
  })
  expect(rated.body).toMatchObject({ ok: true, data: { status: 'public' } })
  expect(await shownRatings(shopId)).toMatchObject({ count: 1, average: 4 })

  const record = recordCounting(shopId)
  await crash.crashedAfterWrite(stack, record, shopper.userId, [])
  await db().collection('shops').doc(shopId).update(before)
  expect(await shownRatings(shopId)).toMatchObject({ count: 0 })

  expect(await crash.sweep(stack)).toBeGreaterThanOrEqual(1)
  expect(await shownRatings(shopId)).toMatchObject({ count: 1, average: 4 })
  await crash.sweep(stack)
  expect(await shownRatings(shopId)).toMatchObject({ count: 1, average: 4 })
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

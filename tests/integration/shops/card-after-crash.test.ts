// A change of what a shop's card shows (an honour, the merchant's profile, the shop's status) is
// written with the follow-up record that rebuilds the card: a crash right after the change (here
// put back by hand: the card as it was, the record pending) leaves the housekeeping sweep to show
// it, instead of a card that never does.
import * as crash from '../../support/crash'
import { expectEveryQueryIndexed, fileStack } from '../../support/stack'
import { createMerchantShop, db } from '../complaints/fixtures'

const stack = fileStack()

type Doc = crash.Doc

const cardFields = async (shopId: string) => {
  const { card, integrity, ratings } = (await db().collection('shops').doc(shopId).get()).data[0]
  return { card, integrity, ratings }
}

/** The card a scan of the shop reads (a suspended shop's is no longer served to the public). */
const shownCard = async (shopId: string) => (await cardFields(shopId)).card as Doc

/** The newest follow-up record that rebuilds the shop's card. */
const recordFor = (shopId: string) =>
  crash
    .allOf(stack, 'follow_ups')
    .filter((r) => r.effects.some((e: Doc) => e.shopId === shopId))
    .sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime())[0]

/** A crash right after the change: the record pending and the card as it was before. */
async function crashAfter(shopId: string, before: object) {
  await crash.crashedAfterWrite(stack, recordFor(shopId), 'nobody', [])
  await db().collection('shops').doc(shopId).update(before)
}

it.each([
  [
    'an honour awarded',
    (shopId: string) =>
      stack.http('demo-admin', 'shop', {
        action: 'awardHonour',
        data: { shopId, honour: '党员示范店', criteria: ['诚信经营'] },
      }),
    (card: Doc) => card.honours.map((h: Doc) => h.honour),
    ['党员示范店'],
  ],
  [
    "the merchant's profile",
    (shopId: string, merchant: string) =>
      stack.http(merchant, 'shop', {
        action: 'updateProfile',
        data: { shopId, description: '老字号，童叟无欺', hours: '08:00-20:00' },
      }),
    (card: Doc) => [card.description, card.hours],
    ['老字号，童叟无欺', '08:00-20:00'],
  ],
  [
    'a suspension',
    (shopId: string) =>
      stack.http('demo-admin', 'shop', {
        action: 'setStatus',
        data: { shopId, status: 'suspended', reason: '证照过期' },
      }),
    (card: Doc) => [card.status],
    ['suspended'],
  ],
])('shows %s on the card from the sweep after a crash', async (_, change, shown, expected) => {
  const shop = await createMerchantShop('柳老板')
  // The first read builds the card.
  await stack.http(null, 'shop', { action: 'get', data: { shopId: shop.shopId } })
  const before = await cardFields(shop.shopId)
  const done = await change(shop.shopId, shop.merchant.openid)
  expect(done.body).toMatchObject({ ok: true })
  expect(shown(await shownCard(shop.shopId))).toEqual(expected)

  await crashAfter(shop.shopId, before)
  expect(shown(await shownCard(shop.shopId))).not.toEqual(expected)
  expect(await crash.sweep(stack)).toBeGreaterThanOrEqual(1)
  expect(shown(await shownCard(shop.shopId))).toEqual(expected)
})

it('serves every query from a declared index', () => {
  expectEveryQueryIndexed(stack)
})

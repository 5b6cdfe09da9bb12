// The whole loop in Chromium on the h5 build: a shopper opens a shop's signed code URL,
// sees its integrity card, rates it and files an anonymous complaint with a photo; the merchant
// replies and handles it; the committee accepts and assigns it; the shopper confirms; the shop page
// then shows the score the integrity rule gives for the shop's record.
import { computeIntegrity, type UpheldComplaint } from '../../types/integrity'
import { expectCount, expectText, openAs, openRoute, signInAsNewShopper } from '../support/browser'
import { browserStack, failOnPageErrors } from '../support/browser-stack'
import { sdkDatabase } from '../support/local-endpoint'
import type { Page } from 'playwright-core'

const SHOP_ID = 'shop-001' // 老街口牛肉面, owned by the demo merchant
const SHOP_NAME = '老街口牛肉面'
// A 1×1 PNG: a real image, so the gateway's content check accepts it.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
)

const env = browserStack()
failOnPageErrors(env)

/** Enters as a first-time visitor, as after a first scan; returns the stored session to restore. */
async function enterAsNewShopper(page: Page): Promise<string> {
  await signInAsNewShopper(page, env.stack.url)
  return page.evaluate(() => localStorage.getItem('rbd.token') ?? '')
}

async function restoreSession(page: Page, stored: string): Promise<void> {
  await openRoute(page, env.stack.url, 'pages/index/index')
  await page.evaluate((value) => localStorage.setItem('rbd.token', value), stored)
}

async function asAdmin(action: string, data: unknown) {
  const res = await env.stack.http('demo-admin', 'complaint', { action, data })
  expect(res.body).toMatchObject({ ok: true })
  return res.body.data
}

/** The shop's record read straight from the database, put through the documented rule. */
async function integrityFromRecord(shopId: string) {
  const db = sdkDatabase('local')
  const shop = (await db.collection('shops').doc(shopId).get()).data[0]
  const ratings = (await db.collection('ratings').where({ shopId }).limit(1000).get()).data
  const counted = ratings.filter(
    (r: { status: string }) => r.status === 'public' || r.status === 'text_rejected',
  )
  const sum = counted.reduce((total: number, r: { stars: number }) => total + r.stars, 0)
  const complaints = (await db.collection('complaints').where({ shopId }).limit(1000).get()).data
  const now = new Date()
  const upheld: UpheldComplaint[] = complaints
    .filter((c: any) => c.upheld === true && ['handled', 'closed'].includes(c.status))
    .map((c: any) => ({
      severity: c.severity,
      upheldAt: new Date(c.upheldAt),
      rectificationVerified: Boolean(c.rectificationVerified),
    }))
  const overdue = complaints.filter(
    (c: any) =>
      ['accepted', 'assigned'].includes(c.status) && c.deadline && new Date(c.deadline) < now,
  ).length
  const expected = computeIntegrity(
    {
      commitments: shop.commitments.length,
      honours: shop.honours.length,
      ratings: {
        count: counted.length,
        average: counted.length ? Math.round((sum / counted.length) * 10) / 10 : 0,
      },
      upheld,
      overdue,
    },
    now,
  )
  return { expected, stored: shop.integrity }
}

it('runs the scan → rate → complain → handle → confirm loop and the score follows the rule', async () => {
  const { page } = env.browser

  // The committee prints the shop's code; its URL is what a phone camera opens.
  const code = await env.stack.http('demo-admin', 'shop', {
    action: 'code',
    data: { shopId: SHOP_ID },
  })
  expect(code.body).toMatchObject({ ok: true })
  const url: string = code.body.data.url
  expect(url).toContain(`code=${encodeURIComponent(code.body.data.code)}`)

  // 1. The shopper scans: one call, the card with stars and level.
  const shopper = await enterAsNewShopper(page)
  expect(shopper).not.toBe('')
  await page.goto('about:blank')
  const calls: string[] = []
  const track = (req: { url: () => string; postDataJSON: () => { action?: string } }) => {
    const fn = /\/api\/(\w+)$/.exec(req.url())?.[1]
    if (fn) calls.push(`${fn}.${req.postDataJSON()?.action}`)
  }
  page.on('request', track)
  await page.goto(url)
  await expectText(page.locator('.shop-card__name'), SHOP_NAME)
  page.off('request', track)
  expect(calls).toEqual(['shop.scan'])
  const before = await integrityFromRecord(SHOP_ID)
  await expectText(page.locator('.integrity__score'), String(before.stored.score))
  await expectText(page.locator('.integrity__stars'), starText(before.stored.stars))
  await expectCount(page.locator(`.integrity-badge--${before.stored.level}`), 1)
  // 评价 and 投诉监督 stand at the foot of the screen on arrival, under the title bar's 44 px.
  const actions = (await page.locator('.shop-actions').boundingBox())!
  expect(actions.y + actions.height).toBeLessThanOrEqual(page.viewportSize()!.height)

  // 2. Rates it: five stars and a tag.
  await page.locator('.shop-actions__rate').click()
  await page.waitForURL(/pages\/rate\/index/)
  await page.locator('.rate-stars__star[data-value="5"]').click()
  await page.locator('.rate-tags__item', { hasText: '服务热情' }).click()
  await page.locator('.rate-text textarea').fill('牛肉面地道，老板很热情')
  await page.locator('.rate-form__submit').click()
  await expectText(page.locator('.rate-result__title'), '评价成功')
  await page.locator('.rate-result__back').click()
  await page.waitForURL(/pages\/shop\/index/)

  // 3. Files an anonymous complaint with a photo.
  await page.locator('.shop-actions__complain').click()
  await page.waitForURL(/pages\/complain\/index/)
  await page.locator('.complaint-category__item', { hasText: '价格问题' }).click()
  await page
    .locator('.complain-description textarea')
    .fill('菜单上写 18 元一碗，结账时收了 25 元。')
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.complaint-photos__add').click(),
  ])
  await chooser.setFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: PNG })
  await expectCount(page.locator('.complaint-photos__item'), 1)
  await page.locator('.complain-anonymous__switch').click()
  await page.locator('.complain-form__submit').click()
  await page.waitForURL(/pages\/complaint\/index\?id=/)
  const complaintId = decodeURIComponent(
    new URL(page.url().replace('#/', '')).searchParams.get('id')!,
  )
  await expectText(page.locator('.complaint-status'), '待受理')
  await expectCount(page.locator('.complaint-detail__photo'), 1)
  const photoOk = await page
    .locator('.complaint-detail__photo img')
    .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 1)
  expect(photoOk).toBe(true)

  // 4. The merchant sees 匿名用户 and replies publicly.
  await openAs(page, env.stack.url, '张志明', `merchant/pages/complaints/index?shopId=${SHOP_ID}`)
  const item = page.locator(`.merchant-complaint[data-complaint-id="${complaintId}"]`)
  await expectText(
    item.locator('.complaint-detail__complainant .complaint-detail__value'),
    '匿名用户',
  )
  await item
    .locator('.merchant-reply__input textarea')
    .fill('已核实，多收的 7 元当面退还，并已更新价目表。')
  await item.locator('.merchant-reply__submit').click()
  await expectText(
    item.locator('.complaint-detail__reply-text'),
    '已核实，多收的 7 元当面退还，并已更新价目表。',
  )

  // 5. The committee accepts and assigns it to the merchant (through the API).
  await asAdmin('accept', { complaintId, severity: 'minor' })
  await asAdmin('assign', {
    complaintId,
    handler: { kind: 'merchant', name: SHOP_NAME },
    deadline: new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString(),
  })

  // 6. The merchant handles it in the merchant pages.
  await openRoute(page, env.stack.url, `merchant/pages/complaints/index?shopId=${SHOP_ID}`)
  await expectText(item.locator('.complaint-status'), '办理中')
  await item.locator('.merchant-handle__result textarea').fill('退还多收款项，向顾客道歉。')
  await item.locator('.merchant-handle__rectification textarea').fill('价目表与收银系统统一更新。')
  await item.locator('.merchant-handle__submit').click()
  await expectText(item.locator('.complaint-status'), '待确认')

  // 7. The shopper confirms in the complaint detail.
  await restoreSession(page, shopper)
  await openRoute(
    page,
    env.stack.url,
    `shopper/pages/complaint/index?id=${encodeURIComponent(complaintId)}`,
  )
  await page.locator('.confirm-satisfied__item[data-value="satisfied"]').click()
  await page.locator('.confirm-rating__star[data-value="4"]').click()
  await page.locator('.confirm-form__submit').click()
  await expectText(page.locator('.complaint-status'), '已办结')
  await expectText(page.locator('.complaint-detail__result-text'), '退还多收款项，向顾客道歉。')

  // 8. The shop page shows the new score: the stored one, and what the rule gives for the record.
  const after = await integrityFromRecord(SHOP_ID)
  expect(after.stored).toMatchObject({
    score: after.expected.score,
    stars: after.expected.stars,
    level: after.expected.level,
  })
  expect(after.stored.score).not.toBe(before.stored.score)
  await openRoute(page, env.stack.url, `pages/shop/index?id=${SHOP_ID}`)
  await expectText(page.locator('.integrity__score'), String(after.expected.score))
  await expectText(page.locator('.integrity__stars'), starText(after.expected.stars))
  await expectCount(page.locator(`.integrity-badge--${after.expected.level}`), 1)
  await page.locator('.integrity__toggle').click()
  await page.getByText('轻微投诉属实').first().waitFor()
})

function starText(stars: number): string {
  return '★'.repeat(stars) + '☆'.repeat(5 - stars)
}

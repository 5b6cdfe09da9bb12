// A shopper signs in on the h5 build, sees the district with figures from the database, searches
// and opens a shop.
import { expectCount, expectText, openAs, openRoute } from '../support/browser'
import { browserStack } from '../support/browser-stack'
import { sdkDatabase } from '../support/local-endpoint'

const env = browserStack()

it('signs in as the demo shopper, sees the district and its figures, and opens a shop', async () => {
  // Figures come from the database: suspend a shop and the home page counts 31.
  await sdkDatabase('local').collection('shops').doc('shop-074').update({ status: 'suspended' })
  const { page } = env.browser

  await openAs(page, env.stack.url, '刘阳', 'pages/index/index')
  await expectText(page.locator('.home__district-name'), '红星路商圈')
  await expectText(page.locator('.figure-tile--shops .figure-tile__value'), '31')
  await expectText(page.locator('.figure-tile--orgs .figure-tile__value'), '6')

  await page.locator('.shop-search__input input').fill('饺子')
  await page.locator('.shop-search__submit').click()
  await expectCount(page.locator('.shop-list__item'), 1)
  await page.locator('.shop-list__item', { hasText: '红星饺子馆' }).click()

  await page.waitForURL(/pages\/shop\/index/)
  await expectText(page.locator('.shop-card__name'), '红星饺子馆')
  await expectText(page.locator('.shop-card__address'), '红星路 40 号')
})

it('filters the shop list by honour and shows each shop’s stars and level', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, 'pages/index/index')
  await page.locator('.shop-list__item').first().waitFor()
  await page.locator('.honour-filter__item', { hasText: '党员示范店' }).click()
  await page.locator('.honour-filter__item--active', { hasText: '党员示范店' }).waitFor()
  await page.waitForLoadState('networkidle')
  const items = page.locator('.shop-list__item')
  const count = await items.count()
  expect(count).toBeGreaterThan(0)
  for (let i = 0; i < count; i++) {
    const item = items.nth(i)
    expect(await item.locator('.honour-tag').allTextContents()).toContain('党员示范店')
    expect(await item.locator('.shop-list__stars').textContent()).toMatch(/^★{1,5}☆{0,4}$/)
    await expectCount(item.locator('.level-dot'), 1)
  }
})

it('shows a clear page for a shop that does not exist', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, `pages/shop/index?id=shop-999`)
  await expectText(page.locator('.error-state__message'), '店铺不存在或已停业')
})

it('shows the function’s validation error for a malformed shop code', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, `pages/shop/index?id=${encodeURIComponent('bad id!')}`)
  await expectText(page.locator('.error-state__message'), '店铺编号不正确，请重新扫码')
})

it('in the demo, a visitor who is not signed in goes from 评价 and 认领 to the persona sign-in, not the hand-over', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, 'pages/index/index')
  await page.evaluate(() => localStorage.removeItem('rbd.token'))
  await openRoute(page, env.stack.url, 'shopper/pages/rate/index?shopId=shop-001')
  await page.waitForURL(/account\/pages\/login\/index\?redirect=/)
  expect(decodeURIComponent(page.url())).toContain(
    'redirect=/shopper/pages/rate/index?shopId=shop-001',
  )
  await page.locator('.persona-card').first().waitFor()

  await openRoute(page, env.stack.url, 'wish/pages/detail/index?id=demo-wish-4')
  await expectText(page.locator('.wish-page__sign-in'), '登录后认领')
  expect(await page.locator('.wechat-handover').count()).toBe(0)
})

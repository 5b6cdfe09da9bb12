// The console per role, at a phone's width and a desk's: every card a person is shown opens a page
// that works for them (no refusal, nothing wider than its box), and a committee-only page opened by
// URL sends a secretary to a page that says so, with the way back.
import type { Page } from 'playwright-core'
import { expectText, launchBrowser, openAs, openRoute, type Browser } from '../support/browser'
import { browserStack, DESKTOP } from '../support/browser-stack'

const env = browserStack()
let desk: Browser
beforeAll(async () => {
  desk = await launchBrowser({ viewport: DESKTOP })
})
afterAll(() => desk?.close())

/** The card names a person sees on the console home. */
async function cardsOn(page: Page): Promise<string[]> {
  await page.locator('.console-nav__card').first().waitFor()
  return page
    .locator('.console-nav__card')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-card') ?? c.className))
}

/** Opens each card in turn and checks the page: no refusal, no error, nothing spilling out. */
async function walkCards(page: Page, who: string): Promise<number> {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openAs(page, env.stack.url, who, 'admin/pages/dashboard/index')
  const count = (await cardsOn(page)).length
  for (let i = 0; i < count; i++) {
    await openRoute(page, env.stack.url, 'admin/pages/dashboard/index')
    await page.locator('.console-nav__card').nth(i).click()
    await page.waitForURL((url) => !url.toString().includes('dashboard'))
    await page.waitForLoadState('networkidle')
    expect({ who, url: page.url(), refused: await page.getByText('没有权限').count() }).toEqual({
      who,
      url: page.url(),
      refused: 0,
    })
    const spilling = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.card, .console-table__row'))
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.className),
    )
    expect({ url: page.url(), spilling }).toEqual({ url: page.url(), spilling: [] })
  }
  expect(errors).toEqual([])
  return count
}

it('shows the committee every card and a secretary only hers, each opening at 375 and 1280 px', async () => {
  const committee = await walkCards(env.browser.page, '王建国')
  const secretary = await walkCards(env.browser.page, '李红梅')
  expect(secretary).toBeLessThan(committee)
  expect(await walkCards(desk.page, '李红梅')).toBe(secretary)
})

it('sends a secretary who opens a committee page by URL to say so, with the way back', async () => {
  const { page } = env.browser
  await openAs(page, env.stack.url, '李红梅', 'admin/pages/coverage/index')
  await page.waitForURL(/admin\/pages\/no-access\/index/)
  await expectText(
    page.locator('.no-access__text'),
    '此页面仅限商圈党委管理员使用。如需使用，请联系商圈党委。',
  )
  await page.locator('.no-access__console').click()
  await page.waitForURL(/admin\/pages\/dashboard\/index/)
  await expectText(page.locator('.dashboard__district'), '红星路商圈')
})

// Every persona walks every link they are shown, at a phone's width and a desk's: the home page's
// entries, 我的's entries and, for the committee and a secretary, the console's areas (its cards on
// a phone, its side navigation at a desk). No page refuses them, throws or logs an error, and no
// card, row or table cell is wider than its box.
import type { Page } from 'playwright-core'
import { launchBrowser, openAs, openRoute } from '../support/browser'
import { anotherBrowser, browserStack, DESKTOP } from '../support/browser-stack'

const env = browserStack()
const desk = anotherBrowser(DESKTOP)

const PERSONAS = ['王建国', '李红梅', '张志明', '陈晓燕', '刘阳']
const CONSOLE = new Set(['王建国', '李红梅'])
/** The console areas each person was shown, by width: a secretary is shown fewer than the committee. */
const areas = new Map<string, number>()

/** What a link opened shows that it should not: a refusal, an error, something spilling out. */
async function problemsOn(
  page: Page,
): Promise<{ refused: number; spilling: string[]; beyondWindow: number }> {
  await page.waitForLoadState('networkidle')
  // The router marks the page shown once its transition is over.
  await page.locator('.taro_page_show').last().waitFor()
  return {
    refused: await page.getByText('没有权限').count(),
    beyondWindow: await page.evaluate(() => {
      const shown = document.querySelectorAll('.taro_page_show')
      const box = shown[shown.length - 1].getBoundingClientRect()
      return Math.max(0, Math.round(box.bottom - window.innerHeight))
    }),
    spilling: await page.evaluate(() =>
      Array.from(
        document.querySelectorAll('.card, .console-table__row, [class*="__cell"], .console-header'),
      )
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.className),
    ),
  }
}

/** Opens `from`, then each element `selector` matches there in turn, checking where it leads. */
async function walk(page: Page, from: string, selector: string): Promise<string[]> {
  await openRoute(page, env.stack.url, from)
  await page.locator(selector).first().waitFor()
  const count = await page.locator(selector).count()
  const opened: string[] = []
  for (let i = 0; i < count; i++) {
    await openRoute(page, env.stack.url, from)
    const link = page.locator(selector).nth(i)
    await link.waitFor()
    const before = page.url()
    await link.click()
    await page.waitForURL((url) => url.toString() !== before)
    const url = page.url().split('#')[1]
    expect({ url, ...(await problemsOn(page)) }).toEqual({
      url,
      refused: 0,
      spilling: [],
      beyondWindow: 0,
    })
    opened.push(url)
  }
  return opened
}

async function walkAs(page: Page, who: string): Promise<string[]> {
  const errors: string[] = []
  const onError = (e: Error) => errors.push(e.message)
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') errors.push(m.text())
  }
  page.on('pageerror', onError)
  page.on('console', onConsole)
  await openAs(page, env.stack.url, who, 'account/pages/me/index')
  const opened = [
    ...(await walk(page, 'pages/index/index', '.home-entry')),
    ...(await walk(page, 'account/pages/me/index', '.me__entry, .me__admin-entry')),
  ]
  if (CONSOLE.has(who)) {
    const atDesk = page.viewportSize()!.width >= 1024
    const inConsole = await walk(
      page,
      'admin/pages/dashboard/index',
      atDesk ? '.console-side__item:not(.console-side__item--home)' : '.console-nav__card',
    )
    areas.set(`${who}@${atDesk ? 'desk' : 'phone'}`, inConsole.length)
    opened.push(...inConsole)
  }
  page.off('pageerror', onError)
  page.off('console', onConsole)
  expect({ who, errors }).toEqual({ who, errors: [] })
  return opened
}

it.each(PERSONAS)('%s opens every link shown at 375 px', async (who) => {
  const opened = await walkAs(env.browser.page, who)
  expect(opened.length).toBeGreaterThan(5)
})

it.each(PERSONAS)('%s opens every link shown at 1280 px', async (who) => {
  const opened = await walkAs(desk.page, who)
  expect(opened.length).toBeGreaterThan(5)
})

it.each([
  { width: 768, height: 1024 },
  { width: 1920, height: 1080 },
])('the committee opens every console area at $width px', async (viewport) => {
  const other = await launchBrowser({ viewport })
  try {
    await openAs(other.page, env.stack.url, '王建国', 'admin/pages/dashboard/index')
    const atDesk = viewport.width >= 1024
    const opened = await walk(
      other.page,
      'admin/pages/dashboard/index',
      atDesk ? '.console-side__item:not(.console-side__item--home)' : '.console-nav__card',
    )
    expect(opened).toHaveLength(areas.get('王建国@phone')!)
  } finally {
    await other.close()
  }
})

it('shows a secretary fewer console areas than the committee, the same at both widths', () => {
  expect(areas.get('李红梅@phone')).toBeLessThan(areas.get('王建国@phone')!)
  expect(areas.get('李红梅@desk')).toBe(areas.get('李红梅@phone'))
  expect(areas.get('王建国@desk')).toBe(areas.get('王建国@phone'))
})

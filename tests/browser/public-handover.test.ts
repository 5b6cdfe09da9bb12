// The public web as deployed (no demo sign-in): an anonymous visitor reads a shop's card, the wish
// wall and the activities, and where one acts (评价, 投诉, 认领, 报名, 党员登记) is told that this
// needs the WeChat identity and given one tap to the same page in the mini-program, through the
// URL Link auth.miniProgramLink makes (locally, the gateway's stand-in of WeChat's landing page).
import type { Page } from 'playwright-core'
import { expectText, openRoute } from '../support/browser'
import { browserStack, failOnPageErrors } from '../support/browser-stack'

const SHOP_ID = 'shop-001'
const SHOP_NAME = '老街口牛肉面'

const env = browserStack(undefined, { demo: false })
failOnPageErrors(env)

/** Every page the visitor's browser loaded, to show it never went to the sign-in page. */
function visitedPages(page: Page): string[] {
  const visited: string[] = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(frame.url())
  })
  return visited
}

/** The link the handover block shows for `path` (and `query`), as the local stack makes it. */
function localLink(path: string, query?: string): string {
  const params = new URLSearchParams({ path })
  if (query) params.set('query', query)
  return `${env.stack.url}urllink?${params.toString()}`
}

/** The handover block on the page: its title, its words about `action`, and the link it makes. */
async function expectHandover(page: Page, action: string, link: string): Promise<void> {
  const block = page.locator('.wechat-handover')
  await expectText(block.locator('.wechat-handover__title'), '请在微信中继续')
  expect(await block.locator('.wechat-handover__text').textContent()).toContain(
    `${action}需要您的微信身份`,
  )
  // Reading the page makes no link: it is made on the tap, here the one that copies it.
  expect(await block.locator('.wechat-handover__link').count()).toBe(0)
  await block.locator('.wechat-handover__copy').click()
  await expectText(block.locator('.wechat-handover__link'), link)
}

it('is not the demo: there is no persona sign-in', async () => {
  const personas = await fetch(`${env.stack.url}dev/personas`)
  expect(personas.status).toBe(404)
})

it('reads a scanned shop card without signing in; 评价 hands over to the mini-program in one tap', async () => {
  const { page } = env.browser
  const visited = visitedPages(page)
  const code = await env.stack.http('demo-admin', 'shop', {
    action: 'code',
    data: { shopId: SHOP_ID },
  })
  await page.goto('about:blank')
  await page.goto(code.body.data.url)
  await expectText(page.locator('.shop-card__name'), SHOP_NAME)
  expect(await page.evaluate(() => localStorage.getItem('rbd.token'))).toBeNull()

  await page.locator('.shop-actions__rate').click()
  await page.waitForURL(/shopper\/pages\/rate\/index\?shopId=shop-001/)
  await expectHandover(page, '评价', localLink('shopper/pages/rate/index', `shopId=${SHOP_ID}`))
  await expectText(page.locator('.rate__shop'), SHOP_NAME)
  // No form a visitor could not send, and no sign-in page they could not use.
  expect(await page.locator('.rate-form').count()).toBe(0)
  expect(visited.some((url) => url.includes('login'))).toBe(false)

  // The tap leaves for the link: here the local stand-in of WeChat's landing page.
  await page.locator('.wechat-handover__open').click()
  await page.waitForURL(/\/urllink\?/)
  await expectText(page.locator('.local-link__note'), '本地环境：此链接在微信中会打开小程序')
  await expectText(page.locator('.local-link__page'), `shopper/pages/rate/index?shopId=${SHOP_ID}`)
})

it('hands 投诉 over for the same shop', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, `pages/shop/index?id=${SHOP_ID}`)
  await expectText(page.locator('.shop-card__name'), SHOP_NAME)
  await page.locator('.shop-actions__complain').click()
  await page.waitForURL(/shopper\/pages\/complain\/index/)
  await expectHandover(page, '投诉', localLink('shopper/pages/complain/index', `shopId=${SHOP_ID}`))
  await expectText(page.locator('.complain__shop'), `投诉店铺：${SHOP_NAME}`)
})

it('reads the wish wall and hands 认领 over on an open wish', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, 'wish/pages/pool/index')
  const card = page.locator('.wish-card', { hasText: '想学用手机和孙子视频' })
  await card.click()
  await page.waitForURL(/wish\/pages\/detail\/index\?id=/)
  const wishId = new URL(page.url().replace('#/', '')).searchParams.get('id')!
  await expectHandover(page, '认领心愿', localLink('wish/pages/detail/index', `id=${wishId}`))
  expect(await page.locator('.wish-page__sign-in').count()).toBe(0)
})

it('reads the activities and hands 报名 over on an upcoming one', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, 'volunteer/pages/activities/index')
  await page.locator('.activity-card[data-activity-id="demo-activity-open"]').click()
  await page.waitForURL(/volunteer\/pages\/activity\/index\?id=demo-activity-open/)
  await expectText(page.locator('.activity-page__title'), '垃圾分类桶站值守')
  await expectHandover(
    page,
    '报名',
    localLink('volunteer/pages/activity/index', 'id=demo-activity-open'),
  )
  expect(await page.locator('.activity-page__sign-in').count()).toBe(0)
})

it('hands 党员登记 over from the home page', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, 'pages/index/index')
  await page.locator('.home-entry--member').click()
  await page.waitForURL(/member\/pages\/register\/index/)
  await expectHandover(page, '党员登记', localLink('member/pages/register/index'))
})

it('hands 许愿 and 志愿者登记 over instead of a sign-in nobody can use', async () => {
  const { page } = env.browser
  const visited = visitedPages(page)
  await openRoute(page, env.stack.url, 'wish/pages/submit/index')
  await expectHandover(page, '许愿', localLink('wish/pages/submit/index'))
  await openRoute(page, env.stack.url, 'volunteer/pages/consent/index')
  await expectHandover(page, '志愿者登记', localLink('volunteer/pages/consent/index'))
  expect(visited.some((url) => url.includes('login'))).toBe(false)
})

it('says a shop that does not exist is not there, and offers no hand-over to it', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, 'shopper/pages/rate/index?shopId=shop-nowhere')
  await expectText(page.locator('.error-state__message'), '店铺不存在')
  expect(await page.locator('.wechat-handover').count()).toBe(0)
})

it('sends a visitor from their own pages on to 我的 in the mini-program, beside the console’s sign-in', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, 'account/pages/inbox/index')
  await page.waitForURL(/account\/pages\/login\/index\?redirect=/)
  await expectHandover(page, '查看个人信息', localLink('account/pages/me/index'))
  await expectText(page.locator('.scan-login__title'), '扫码登录管理后台')
  // The console's own sign-in has no hand-over: only the committee and secretaries use it.
  await openRoute(page, env.stack.url, 'account/pages/login/index')
  await expectText(page.locator('.scan-login__title'), '扫码登录管理后台')
  expect(await page.locator('.wechat-handover').count()).toBe(0)
})

// 扫码登录 with two browsers: the desktop shows a code, the committee's "phone" (a second browser
// signed in as the admin, as in the local demo) opens it and confirms, and the desktop is in the
// console; the phone then signs every desktop out, and the desktop is back at the sign-in page.
import { expectCount, expectText, openRoute, signInAs } from '../support/browser'
import { DESKTOP, anotherBrowser, browserStack, failOnPageErrors } from '../support/browser-stack'

const env = browserStack(DESKTOP)
failOnPageErrors(env)

/** The committee's phone, beside the desktop (`env.browser`). */
const phone = anotherBrowser()

/** The desktop's sign-in page with a fresh code; the link the code holds. */
async function showCode(): Promise<string> {
  const desk = env.browser.page
  await openRoute(desk, env.stack.url, 'account/pages/login/index')
  await expectText(desk.locator('.scan-login__status'), '二维码 2 分钟内有效')
  expect(await desk.locator('.scan-login__qr img').getAttribute('src')).toMatch(
    /^data:image\/png;base64,/,
  )
  // The whole code shows inside its frame: a phone cannot read half a code.
  const frame = (await desk.locator('.scan-login__qr').boundingBox())!
  const code = (await desk.locator('.scan-login__qr img').boundingBox())!
  expect([code.x, code.y].map(Math.round)).toEqual([frame.x, frame.y].map(Math.round))
  const url = (await desk.locator('.scan-login__url').textContent())!.trim()
  expect(url).toMatch(/#\/admin\/pages\/web-login\/index\?r=[A-Za-z0-9_-]{22}$/)
  return url
}

/** The phone, signed in as `nickname`, opens the code's link as scanning it does. */
async function scanOnPhone(nickname: string, url: string): Promise<void> {
  await signInAs(phone.page, env.stack.url, nickname)
  await phone.page.goto('about:blank')
  await phone.page.goto(url)
}

it('signs the desktop in when the committee confirms on the phone, and out from the phone', async () => {
  const desk = env.browser.page
  const url = await showCode()

  await scanOnPhone('王建国', url)
  await expectText(phone.page.locator('.web-login__question'), '在电脑上登录商圈管理后台？')
  expect(await phone.page.locator('.web-login__browser .web-login__value').textContent()).toMatch(
    /^Chrome \d+ · Linux$/,
  )
  await phone.page.locator('.web-login__confirm').click()
  await expectText(
    phone.page.locator('.web-login__outcome'),
    '已确认登录，电脑将自动进入管理后台。',
  )

  await desk.waitForURL(/admin\/pages\/dashboard\/index/, { timeout: 15_000 })
  await expectText(desk.locator('.console-header__name'), '王建国')

  // The phone lists the desktop and ends it.
  await phone.page.reload()
  await expectCount(phone.page.locator('.web-login__session'), 1)
  await phone.page.locator('.web-login__sign-out-all').click()
  await phone.page.getByText('全部退出', { exact: true }).click()
  await expectText(phone.page.locator('.empty-state__text'), '没有电脑登录您的账号')

  // The desktop's next call is refused, and it is sent back to sign in.
  await openRoute(desk, env.stack.url, 'admin/pages/members/index')
  await desk.waitForURL(/pages\/login\/index/, { timeout: 15_000 })
})

it('tells a shopper the page is not for them, and the desktop keeps waiting', async () => {
  const url = await showCode()
  await scanOnPhone('刘阳', url)
  await expectText(phone.page.locator('.no-access__title'), '没有权限打开此页面')
  await expectText(env.browser.page.locator('.scan-login__status'), '二维码 2 分钟内有效')
})

it('shows a refused code as refused, with a fresh one a tap away', async () => {
  const desk = env.browser.page
  const url = await showCode()
  await scanOnPhone('王建国', url)
  await phone.page.locator('.web-login__refuse').click()
  await expectText(phone.page.locator('.web-login__outcome'), '已取消本次登录。')
  await expectText(desk.locator('.scan-login__status'), '已在手机上取消')
  await desk.locator('.scan-login__refresh').click()
  await expectText(desk.locator('.scan-login__status'), '二维码 2 分钟内有效')
  expect((await desk.locator('.scan-login__url').textContent())!.trim()).not.toBe(url)
})

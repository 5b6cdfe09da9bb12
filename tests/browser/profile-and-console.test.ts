// A signed-in person changes their nickname (the server's field error shows inline), and the
// committee admin opens the console subpackage with users and roles from the database.
import {
  expectCount,
  expectFieldError,
  expectText,
  openConsole,
  openRoute,
  signInAsNewShopper,
} from '../support/browser'
import { browserStack, DESKTOP } from '../support/browser-stack'

const env = browserStack(DESKTOP)

it('lets a new visitor enter, see their profile and change their nickname', async () => {
  const { page } = env.browser
  await signInAsNewShopper(page, env.stack.url)
  await openRoute(page, env.stack.url, `account/pages/me/index`)
  await page.locator('.me__welcome, .me__nickname').first().waitFor()

  const input = page.locator('.nickname-form__input input')
  await input.fill('')
  await page.locator('.nickname-form__submit').click()
  await expectFieldError(page, 'nickname', '请填写昵称')

  await input.fill('街坊小张')
  await page.locator('.nickname-form__submit').click()
  await expectText(page.locator('.me__nickname'), '街坊小张')
  await page.reload()
  await expectText(page.locator('.me__nickname'), '街坊小张')
})

it('opens the committee console as the admin, with users filtered by role', async () => {
  const { page } = env.browser
  await openConsole(page, env.stack.url, '王建国')
  await expectText(page.locator('.dashboard__district'), '红星路商圈')
  await page.locator('.user-table__row:not(.user-table__row--head)').first().waitFor()
  await page.getByText('李红梅').first().waitFor()
})

it('keeps a shopper out of the console: it says who the page is for and offers the way home', async () => {
  const page = await env.pageAs('刘阳', `admin/pages/dashboard/index`)
  await page.waitForURL(/admin\/pages\/no-access\/index/)
  await expectText(page.locator('.no-access__title'), '没有权限打开此页面')
  await expectText(
    page.locator('.no-access__text'),
    '此页面仅限商圈党委管理员、支部书记使用。如需使用，请联系商圈党委。',
  )
  await expectCount(page.locator('.user-table__row'), 0)
  await expectCount(page.locator('.no-access__console'), 0)
  await page.locator('.no-access__home').click()
  await page.waitForURL(/pages\/index\/index/)
})

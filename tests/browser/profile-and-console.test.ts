// A signed-in person changes their nickname (the server's field error shows inline), and the
// committee admin opens the console subpackage with users and roles from the database.
import { expectCount, expectFieldError, expectText, openAs, openRoute } from '../support/browser'
import { browserStack, DESKTOP } from '../support/browser-stack'

const env = browserStack(DESKTOP)

it('lets a new visitor enter, see their profile and change their nickname', async () => {
  const { page } = env.browser
  await openRoute(page, env.stack.url, `pages/login/index`)
  await page.locator('.login__new-shopper').click()
  await page.waitForURL(/pages\/(index|me)\/index/)
  await openRoute(page, env.stack.url, `pages/me/index`)
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
  await openAs(page, env.stack.url, '王建国', `pages/me/index`)
  await page.locator('.me__admin-entry').click()
  await page.waitForURL(/admin\/pages\/dashboard\/index/)
  await expectText(page.locator('.dashboard__district'), '红星路商圈')
  await page.locator('.user-table__row:not(.user-table__row--head)').first().waitFor()
  await page.getByText('李红梅').first().waitFor()
})

it('keeps a shopper out of the console', async () => {
  const { page } = env.browser
  await openAs(page, env.stack.url, '刘阳', `admin/pages/dashboard/index`)
  await expectCount(page.locator('.user-table__row:not(.user-table__row--head)'), 0)
  await expectText(page.locator('.error-state__message'), '仅商圈党委管理员可查看用户与角色')
})

// The first run in the browser: on a new deployment nobody is admin; the person holding the code
// `npm run setup` printed finds 启用管理后台 on 我的, enters it, and is in the console as its
// admin, where admins appoint admins.
import { setUpDistrict } from '../../server/domain/setup'
import { sdkDatabase } from '../support/local-endpoint'
import { expectFieldError, expectText, openRoute, signInAsNewShopper } from '../support/browser'
import { browserStack, DESKTOP, failOnPageErrors } from '../support/browser-stack'

const env = browserStack(DESKTOP, { seed: false })
failOnPageErrors(env)

it('makes the holder of the code the admin, who then sees the console', async () => {
  const { code } = await setUpDistrict(sdkDatabase('local'), {
    name: '光明路商圈',
    committeeName: '光明路商圈联合党委',
  })
  const { page } = env.browser
  await signInAsNewShopper(page, env.stack.url)
  await openRoute(page, env.stack.url, 'account/pages/me/index')
  await page.locator('.me__bootstrap').click()
  await page.waitForURL(/admin\/pages\/bootstrap\/index/)

  const form = page.locator('.bootstrap-form')
  await form.locator('.bootstrap__code input').fill('AAAA-BBBB-CCCC-DDDD')
  await form.locator('.bootstrap-form__submit').click()
  await expectFieldError(form, 'code', '启用码无效或已被使用')

  await form.locator('.bootstrap__code input').fill(code!)
  await form.locator('.bootstrap-form__submit').click()
  await page.waitForURL(/admin\/pages\/dashboard\/index/)
  await expectText(page.locator('.dashboard__title'), '光明路商圈联合党委 · 管理后台')
  await expectText(page.locator('.console-header .role-tag'), '商圈党委管理员')
  // Their own row offers no way to relieve themselves.
  await expectText(
    page.locator('.user-table__row:not(.user-table__row--head) .user-table__cell--admin'),
    '本人',
  )
})

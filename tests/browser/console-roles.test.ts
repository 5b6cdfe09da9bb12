// A committee-only page opened by URL sends a secretary to a page that says so, with the way back.
// (Every card each persona is shown is walked in persona-walk.test.ts.)
import { expectText } from '../support/browser'
import { browserStack } from '../support/browser-stack'

const env = browserStack()

it('sends a secretary who opens a committee page by URL to say so, with the way back', async () => {
  const page = await env.pageAs('李红梅', 'admin/pages/coverage/index')
  await page.waitForURL(/admin\/pages\/no-access\/index/)
  await expectText(
    page.locator('.no-access__text'),
    '此页面仅限商圈党委管理员使用。如需使用，请联系商圈党委。',
  )
  await page.locator('.no-access__console').click()
  await page.waitForURL(/admin\/pages\/dashboard\/index/)
  await expectText(page.locator('.dashboard__district'), '红星路商圈')
})

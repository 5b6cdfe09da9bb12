// The merchant's complaint page: complaints that wait for the shop are open, the rest folded to a
// line or two until tapped; chips show one state at a time.
import { expectCount, expectText } from '../support/browser'
import { browserStack, failOnPageErrors } from '../support/browser-stack'

const env = browserStack()
failOnPageErrors(env)

it('folds what needs nothing from the shop, opens it on a tap, and filters by state', async () => {
  const page = await env.pageAs('张志明', 'merchant/pages/complaints/index?shopId=shop-001')
  // Handled and replied to: it waits for the customer, not the shop.
  const handled = page.locator('.merchant-complaint[data-complaint-id="demo-complaint-handled"]')
  await expectCount(handled.locator('.complaint-card'), 1)
  await expectCount(handled.locator('.merchant-reply__input'), 0)
  await handled.locator('.merchant-complaint__toggle').click()
  await expectText(
    handled.locator('.complaint-detail__reply-text'),
    '非常抱歉，已对店员进行批评教育，欢迎您再来监督。',
  )
  await expectCount(handled.locator('.merchant-reply__input'), 1)

  await page.locator('.merchant-status-filter__item', { hasText: '已办结' }).click()
  await expectText(page.locator('.empty-state__text'), '没有已办结的投诉')
  await page.locator('.merchant-status-filter__item', { hasText: '待确认' }).click()
  await expectCount(page.locator('.merchant-complaint'), 1)
})

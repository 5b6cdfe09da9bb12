// 操作日志 at 1280 px as the committee reads it: a secretary's cancellation and the committee's
// rejection are there with who, what, on what and why; the kind filter narrows the list.
import { activityInput } from '../support/activity-input'
import { expectCount, expectText } from '../support/browser'
import { apiCaller, browserStack, DESKTOP, failOnPageErrors } from '../support/browser-stack'

const env = browserStack(DESKTOP)
failOnPageErrors(env)
const call = apiCaller(env, 'audit-log')

it('shows each decision with its person, subject and reason, and filters by kind', async () => {
  const { activityId } = await call(
    'demo-secretary',
    'activity',
    'create',
    activityInput(48, 2, {
      title: '美食街文明经营劝导',
      category: 'civility',
      description: '劝导商户规范占道经营，张贴文明经营倡议书。',
      capacity: 8,
    }),
  )
  await call('demo-secretary', 'activity', 'cancel', { activityId, reason: '与市场检查时间冲突' })

  const page = await env.pageAs('王建国', 'admin/pages/audit-log/index')
  const cancel = page.locator('.audit-row', { hasText: '与市场检查时间冲突' })
  await expectText(cancel.locator('.audit-row__name'), '李红梅')
  await expectText(cancel.locator('.audit-row__kind'), '取消')
  await expectText(cancel.locator('.audit-row__subject'), '志愿活动：美食街文明经营劝导')

  // Only cancellations: the secretary's publication leaves the list.
  await page.locator('.audit-kind__item', { hasText: '取消' }).click()
  await expectCount(page.locator('.audit-row:not(.audit-row--head)'), 1)
  await expectText(page.locator('.audit-row__reason').last(), '与市场检查时间冲突')
  // Nothing can be edited from here: the rows offer no buttons.
  await expectCount(page.locator('.audit-row button, .audit-row .nut-button'), 0)
})

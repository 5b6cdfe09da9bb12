// 资源清单 in Chromium on a desktop: a member publishes a resource and sees it 待审核 under 我发布的;
// it is in the committee's queue (API) and, once approved, on the public 资源清单; she withdraws it.
import type { Page } from 'playwright-core'
import { expectCount, expectFieldError, expectText, openAs, openFromMe } from '../support/browser'
import { DESKTOP, browserStack } from '../support/browser-stack'

const TITLE = '每月为老人义务测血压'

const env = browserStack(DESKTOP)

/** A day a month from now, YYYY-MM-DD (the offer's last day). */
function monthAhead(): string {
  return new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
}

function card(page: Page) {
  return page.locator('.resource-card:visible', { hasText: TITLE })
}

it('takes a member’s resource through the committee onto 资源清单', async () => {
  const { page } = env.browser
  await openFromMe(
    page,
    env.stack.url,
    '陈晓燕',
    'publish-resource',
    /wish\/pages\/resource-form\/index/,
  )

  // A capacity out of range is named under its field.
  await page.locator('.resource-form__title input').fill(TITLE)
  await page.locator('.resource-category__item', { hasText: '生活服务' }).click()
  await page
    .locator('.resource-form__description textarea')
    .fill('退休护士，每月第一个周六上午在服务站为 60 岁以上老人免费测血压。')
  await page.locator('.resource-form__areas input').fill('一楼、步行街东段')
  await page.locator('.resource-form__capacity input').fill('0')
  await page.locator('.resource-valid-until__input input').fill(monthAhead())
  await page.locator('.resource-form__submit').click()
  await expectFieldError(page, 'capacityPerMonth', '每月至少 1 次')
  await page.locator('.resource-form__capacity input').fill('8')
  await page.locator('.resource-form__submit').click()
  await page.waitForURL(/wish\/pages\/resources\/index\?tab=mine/)
  await expectText(card(page).locator('.resource-status'), '待审核')

  // Not public yet: the committee's queue has it.
  const queue = await env.stack.http('demo-admin', 'resource', {
    action: 'queue',
    data: { status: 'pending' },
  })
  const queued = queue.body.data.list.find((r: { title: string }) => r.title === TITLE)
  expect(queued).toBeDefined()
  expect(queued.owner).toEqual({ kind: 'member', name: '陈*燕' })
  const reviewed = await env.stack.http('demo-admin', 'resource', {
    action: 'review',
    data: { resourceId: queued.resourceId, decision: 'approve' },
  })
  expect(reviewed.status).toBe(200)

  // Anyone sees it on 资源清单, searchable.
  await openAs(page, env.stack.url, '刘阳', 'wish/pages/resources/index')
  await page.locator('.resource-search__input input').fill('血压')
  await page.locator('.resource-search__submit').click()
  await expectCount(page.locator('.resource-card:visible'), 1)
  await expectText(card(page).locator('.resource-card__meta'), '生活服务 · 党员 · 陈*燕')
  await expectText(
    card(page).locator('.resource-card__capacity'),
    '每月 8 次 · 本月已用 0 次 · 累计服务 0 次',
  )
  await expectCount(page.locator('.resources__publish'), 0)

  // The member sees it 已发布 under 我发布的 and withdraws it.
  await openAs(page, env.stack.url, '陈晓燕', 'wish/pages/resources/index?tab=mine')
  await expectText(card(page).locator('.resource-status'), '已发布')
  await card(page).locator('.resource-card__withdraw').click()
  await page.locator('.taro-model__confirm:visible', { hasText: '撤回' }).click()
  await expectText(card(page).locator('.resource-status'), '已撤回')
})

// 微心愿 beyond the happy path, in Chromium on a desktop: a wish sent back for changes is edited and
// resubmitted by its wisher; the secretary finds a dispatched wish under 我的认领 and, after trying
// to decline without a reason, accepts it; a merchant who is also a member picks 以什么身份 to
// claim, then gives the wish back with a reason; a draft is kept with only a title; a wisher says a
// fulfilled wish is not done yet. The committee's steps go through the API.
import type { Page } from 'playwright-core'
import {
  expectCount,
  expectFieldError,
  expectText,
  openAs,
  openFromMe,
  openRoute,
} from '../support/browser'
import { DESKTOP, browserStack } from '../support/browser-stack'
import { wishFact } from '../support/wish-detail'

const env = browserStack(DESKTOP)

function dayAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
}

async function submitAs(openid: string, title: string): Promise<string> {
  const res = await env.stack.http(openid, 'wish', {
    action: 'submit',
    data: {
      title,
      description: '这是浏览器测试提交的心愿，请帮忙实现，谢谢大家。',
      category: 'living',
      place: { kind: 'area', area: '步行街东段' },
      contact: '13800001111',
    },
  })
  expect(res.body.ok).toBe(true)
  return res.body.data.wishId
}

async function admin(action: string, data: unknown) {
  const res = await env.stack.http('demo-admin', 'wish', { action, data })
  expect(res.body.error ?? null).toBeNull()
}

function wishPage(page: Page) {
  return page.locator('.wish-page:visible')
}

function card(page: Page, title: string) {
  return page.locator('.wish-card:visible', { hasText: title })
}

it('lets the wisher fix a wish the committee sent back and resubmit it', async () => {
  const { page } = env.browser
  const wishId = await submitAs('demo-shopper', '想找人帮忙修理轮椅')
  await admin('review', { wishId, decision: 'revise', reason: '请写明轮椅哪里坏了' })

  await openFromMe(page, env.stack.url, '刘阳', 'my-wishes', /wish\/pages\/mine\/index/)
  await expectText(card(page, '想找人帮忙修理轮椅').locator('.wish-status'), '待修改')
  await card(page, '想找人帮忙修理轮椅').click()
  await expectText(wishPage(page).locator('.wish-detail__review-note'), '请写明轮椅哪里坏了')
  await wishPage(page).locator('.wish-page__edit').click()
  await page.waitForURL(/wish\/pages\/submit\/index\?id=/)
  await expectText(page.locator('.wish-submit__review-note'), '审核意见：请写明轮椅哪里坏了')
  expect(await page.locator('.wish-form__title input').inputValue()).toBe('想找人帮忙修理轮椅')
  expect(await page.locator('.wish-form__area input').inputValue()).toBe('步行街东段')
  await page
    .locator('.wish-form__description textarea')
    .fill('轮椅左边的刹车失灵，右轮胎漏气，想找人帮忙修一修。')
  // The phone comes back masked, so it is asked for again.
  await page.locator('.wish-form__submit').click()
  await expectFieldError(page, 'contact', '请填写联系电话')
  await page.locator('.wish-form__contact input').fill('13800001111')
  await page.locator('.wish-form__submit').click()
  await page.waitForURL(/wish\/pages\/mine\/index/)
  await expectText(card(page, '想找人帮忙修理轮椅').locator('.wish-status'), '待审核')
})

it('shows the secretary a wish dispatched to her branch, which she accepts', async () => {
  const { page } = env.browser
  const wishId = await submitAs('demo-member-02', '想请人教老人用智能手机')
  await admin('review', { wishId, decision: 'approve' })
  await admin('dispatch', {
    wishId,
    to: { kind: 'branch', orgId: 'org-food-street' },
    deadline: dayAhead(7),
  })

  await openFromMe(
    page,
    env.stack.url,
    '李红梅',
    'my-claims',
    /wish\/pages\/mine\/index\?side=held/,
  )
  await expectText(card(page, '想请人教老人用智能手机').locator('.wish-status'), '已派单')
  await card(page, '想请人教老人用智能手机').click()
  await page.waitForURL(/wish\/pages\/detail\/index\?id=/)
  await page.locator('.respond-form__decline').click()
  await expectFieldError(page, 'reason', '请填写拒绝原因')
  await page.locator('.respond-form__submit').click()
  await expectText(wishPage(page).locator('.wish-status'), '已认领')
  await expectText(wishFact(wishPage(page), 'holder'), '党组织 · 美食街党支部')
  await expectText(wishPage(page).locator('.wish-detail__phone'), '13800001111')
  await expectCount(page.locator('.respond-form'), 0)
})

it('has a merchant choose 以什么身份 to claim, then give the wish back with a reason', async () => {
  const { page } = env.browser
  const wishId = await submitAs('demo-member-02', '想给孩子找几本课外书')
  await admin('review', { wishId, decision: 'approve' })

  await openAs(page, env.stack.url, '张志明', `wish/pages/detail/index?id=${wishId}`)
  await expectText(page.locator('.claim-as__item').first(), '党员本人')
  await page.locator('.claim-form__submit').click()
  await expectFieldError(page, 'as', '请选择以什么身份认领')
  await page.locator('.claim-as__item', { hasText: '老街口牛肉面' }).click()
  await page.locator('.claim-form__submit').click()
  await expectText(wishPage(page).locator('.wish-status'), '已认领')
  await expectText(wishFact(wishPage(page), 'holder'), '商户 · 老街口牛肉面')

  await page.locator('.wish-page__release').click()
  await page.locator('.release-form__reason textarea').fill('店里这周人手不够，怕耽误了')
  await page.locator('.release-form__submit').click()
  await expectText(wishPage(page).locator('.wish-status'), '待认领')
  await expectCount(page.locator('.wish-detail__phone'), 0)
  // Given back, the merchant reads the wish as the public does: the step, not its reason.
  await expectCount(page.locator('.timeline__action', { hasText: '退回认领' }), 1)
  await expectCount(page.locator('.timeline__note', { hasText: '店里这周人手不够，怕耽误了' }), 0)
})

it('saves a draft with only a title, and keeps it under 我的心愿', async () => {
  const page = await env.pageAs('刘阳', 'wish/pages/submit/index')
  await page.locator('.wish-form__title input').fill('想找人教我做账')
  await page.locator('.wish-form__draft').click()
  await expectCount(page.locator('.taro__toast', { hasText: '草稿已保存' }), 1)
  await openRoute(page, env.stack.url, 'wish/pages/mine/index')
  await expectText(card(page, '想找人教我做账').locator('.wish-status'), '草稿')
  await card(page, '想找人教我做账').click()
  await expectText(wishPage(page).locator('.wish-page__edit'), '继续编辑')
})

it('lets the wisher say a fulfilled wish is not done yet, with the reason', async () => {
  const page = await env.pageAs('刘阳', 'wish/pages/mine/index')
  await card(page, '给楼道装一盏感应灯').click()
  await expectText(wishPage(page).locator('.wish-status'), '待确认')
  await page.locator('.confirm-done__item', { hasText: '还没有实现' }).click()
  await page.locator('.confirm-form__submit').click()
  await expectFieldError(page, 'reason', '请说明哪里还没有实现')
  await page.locator('.confirm-form__reason textarea').fill('灯装上了但晚上不亮')
  await page.locator('.confirm-form__submit').click()
  await expectText(wishPage(page).locator('.wish-status'), '已认领')
  await expectCount(page.locator('.confirm-form'), 0)
})

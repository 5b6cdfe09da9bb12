// 志愿服务 at 1280 px: the list filters by category and 已结束; a volunteer registered through the
// API signs up on the activity page; a code scanned hours before the start is refused with the
// server's reason in plain words; the verification page refuses a malformed serial and a typed
// one, and a profile withdrawal asks first.
import type { Page } from 'playwright-core'
import { activityInput } from '../support/activity-input'
import { expectCount, expectFieldError, expectText, openAs, openRoute } from '../support/browser'
import { apiCaller, browserStack, DESKTOP, failOnPageErrors } from '../support/browser-stack'
import { awaitRoomInCodeWindow } from '../support/code-window'

const TITLE = '敬老院陪伴老人志愿服务'

const env = browserStack(DESKTOP)
failOnPageErrors(env)

const call = apiCaller(env, 'volunteer-desktop')

function activityPage(page: Page) {
  return page.locator('.activity-page:visible')
}

it('lists, signs up, refuses an early check-in with the reason and verifies serials at 1280 px', async () => {
  const { page } = env.browser
  const { activityId } = await call(
    'demo-admin',
    'activity',
    'create',
    activityInput(5, 2, {
      title: TITLE,
      category: 'elderly',
      description: '到幸福里敬老院陪老人聊天、读报，帮忙整理房间。',
      place: { address: '幸福里敬老院', latitude: 36.19, longitude: 117.12, radius: 500 },
      capacity: 5,
    }),
  )
  await call('demo-merchant', 'volunteer', 'register', {
    realName: '张志明',
    phone: '13900002222',
    skills: [],
    areas: ['美食街'],
    consent: '2026-12',
  })

  // The list: under its category, not under another, and not among the ended ones.
  await openAs(page, env.stack.url, '张志明', 'volunteer/pages/activities/index')
  const card = page.locator('.activity-card:visible', { hasText: TITLE })
  await expectText(card.locator('.activity-card__places'), '余 5 个名额')
  await expectText(card.locator('.activity-card__category'), '敬老助老')
  await page.locator('.activity-category-filter__item', { hasText: '平安巡逻' }).click()
  await expectCount(card, 0)
  await page.locator('.activity-category-filter__item', { hasText: '敬老助老' }).click()
  await expectCount(card, 1)
  await page.locator('.activity-when-filter__item', { hasText: '已结束' }).click()
  await expectCount(card, 0)
  await page.locator('.activity-when-filter__item', { hasText: '即将开始' }).click()

  // Signs up on the activity page.
  await card.click()
  await page.waitForURL(/volunteer\/pages\/activity\/index/)
  await expectText(activityPage(page).locator('.activity-page__insured'), '未购买保险')
  await activityPage(page).locator('.activity-page__sign-up').click()
  await expectText(activityPage(page).locator('.activity-page__mine-status'), '已报名')
  await expectText(activityPage(page).locator('.activity-page__places-count'), '已报名 1/5')

  // A code five hours before the start: refused, and the page says why.
  await openRoute(page, env.stack.url, 'volunteer/pages/check-in/index')
  await awaitRoomInCodeWindow()
  const { code } = await call('demo-admin', 'activity', 'checkInCode', { activityId })
  await page.locator('.check-in-form__code input').fill(code)
  await page.locator('.check-in-form__submit').click()
  await expectText(page.locator('.check-in__refusal-title'), '签到未成功')
  expect(await page.locator('.check-in__refusal-reason').textContent()).toContain('还没到签到时间')
  // Not a code at all: the field says so.
  await page.locator('.check-in-form__code input').fill('随便写的')
  await page.locator('.check-in-form__submit').click()
  await expectFieldError(page, 'code', '这不是有效的签到码')

  // The verification page: a malformed serial cannot be verified; a typed one opens its page.
  await openRoute(page, env.stack.url, 'volunteer/pages/certificate/index?serial=VC2026-bad')
  await expectText(page.locator('.certificate-result__verdict'), '无法验证')
  await page.locator('.certificate-form__serial input').fill('VC2026ABCDEFGHJK123456')
  await page.locator('.certificate-form__submit').click()
  await expectText(page.locator('.certificate-result__verdict:visible'), '无法验证')

  // 撤回同意 asks first; declining keeps the profile.
  await openRoute(page, env.stack.url, 'volunteer/pages/consent/index')
  await expectText(
    page.locator('.volunteer-form__hint'),
    '请填写真实姓名和手机号，用于报名、签到和出具志愿服务证明。',
  )
  await page.locator('.volunteer-consent__withdraw-button').click()
  await page.locator('.taro-model__cancel:visible').click()
  await expectCount(page.locator('.volunteer-consent__withdraw-button'), 1)
})

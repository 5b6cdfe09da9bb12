// 微心愿 in Chromium at phone width: a shopper submits a wish with a photo; the committee approves
// it in the console; a member claims it and sees the contact, records progress and marks it
// fulfilled with a photo; the shopper confirms with five stars and a thank-you; the wall shows it
// 已实现 with the thanks and the masked wisher, and never the wisher's name or phone.
import type { Page } from 'playwright-core'
import { expectCount, expectFieldError, expectText, openAs, openFromHome } from '../support/browser'
import { browserStack, failOnPageErrors } from '../support/browser-stack'

// A 1×1 PNG: a real image, so the gateway's content check accepts it.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
)
const TITLE = '想请人陪老伴去医院复查'
const PHONE = '13912345678'
const THANKS = '谢谢陈书记一路陪着，老伴很安心！'

const env = browserStack({ width: 375, height: 812 })
failOnPageErrors(env)

async function addPhoto(page: Page, uploader: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator(`.${uploader}__add`).click(),
  ])
  await chooser.setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG })
  await expectCount(page.locator(`.${uploader}__item`), 1)
}

/** The card of this test's wish on the list page showing now (h5 keeps earlier pages in the DOM, hidden). */
function card(page: Page) {
  return page.locator('.wish-card:visible', { hasText: TITLE })
}

/** The wish page showing now. */
function wishPage(page: Page) {
  return page.locator('.wish-page:visible')
}

it('runs a wish from the shopper through a member and back to the wall', async () => {
  const { page } = env.browser

  // 1. The shopper finds 心愿墙 on the home page and submits a wish with a photo.
  await openFromHome(page, env.stack.url, '刘阳', 'wish', /wish\/pages\/pool\/index/)
  await expectText(page.locator('.figure-tile--open .figure-tile__label'), '本月新增')
  await page.locator('.wish-pool__submit').click()
  await page.waitForURL(/wish\/pages\/submit\/index/)

  // Nothing filled in: the field errors show under their fields.
  await page.locator('.wish-form__submit').click()
  await expectFieldError(page, 'title', '标题至少 4 个字')

  await page.locator('.wish-form__title input').fill(TITLE)
  await page
    .locator('.wish-form__description textarea')
    .fill('老伴腿脚不便，下周二上午要去社区医院复查，我要看店走不开。')
  await page.locator('.wish-category__item', { hasText: '陪伴关爱' }).click()
  await addPhoto(page, 'wish-photos')
  await page.locator('.wish-form__area input').fill('步行街东段')
  await page.locator('.wish-form__contact input').fill(PHONE)
  await page.locator('.wish-form__submit').click()
  await page.waitForURL(/wish\/pages\/mine\/index/)
  await expectText(card(page).locator('.wish-status'), '待审核')
  const wishId = (await card(page).getAttribute('data-wish-id'))!

  // 2. The committee approves it in the console.
  await openAs(page, env.stack.url, '王建国', `admin/pages/wish/index?id=${wishId}`)
  await expectText(page.locator('.admin-wish .wish-status'), '待审核')
  await page.locator('.review-form__submit').click()
  await expectText(page.locator('.admin-wish .wish-status'), '待认领')

  // 3. The member finds it on the wall (wisher masked), claims it and sees the contact.
  await openAs(page, env.stack.url, '陈晓燕', 'wish/pages/pool/index')
  await expectText(card(page).locator('.wish-status'), '待认领')
  await expectText(card(page).locator('.wish-card__wisher'), '刘*')
  await card(page).click()
  await page.waitForURL(/wish\/pages\/detail\/index\?id=/)
  await expectCount(page.locator('.wish-detail__photo'), 1)
  await expectCount(page.locator('.wish-detail__phone'), 0)
  await page.locator('.claim-form__submit').click()
  await expectText(wishPage(page).locator('.wish-status'), '已认领')
  await expectText(page.locator('.wish-detail__phone'), PHONE)
  await expectText(page.locator('.wish-page__call'), '联系心愿人')

  // 4. Records progress, then marks it fulfilled with a note and a photo.
  await page.locator('.progress-form__note textarea').fill('已和心愿人约好周二上午八点在店门口碰头')
  await page.locator('.progress-form__submit').click()
  await expectCount(
    page.locator('.timeline__note', { hasText: '已和心愿人约好周二上午八点在店门口碰头' }),
    1,
  )
  await page.locator('.fulfil-form__note textarea').fill('已陪同老人到社区医院完成复查并送回家')
  await addPhoto(page, 'fulfil-photos')
  await page.locator('.fulfil-form__submit').click()
  await expectText(wishPage(page).locator('.wish-status'), '待确认')
  await expectCount(page.locator('.wish-fulfilment__photo'), 1)

  // 5. The shopper finds it in 我的心愿 and confirms with five stars and a thank-you.
  await openAs(page, env.stack.url, '刘阳', 'wish/pages/mine/index')
  await expectText(card(page).locator('.wish-status'), '待确认')
  await card(page).click()
  await page.waitForURL(/wish\/pages\/detail\/index\?id=/)
  await expectText(
    page.locator('.wish-detail__fulfilment-note'),
    '已陪同老人到社区医院完成复查并送回家',
  )
  await page.locator('.confirm-rating__star[data-value="5"]').click()
  await page.locator('.confirm-form__thanks textarea').fill(THANKS)
  await page.locator('.confirm-form__submit').click()
  await expectText(wishPage(page).locator('.wish-status'), '已实现')
  await expectText(page.locator('.wish-detail__thanks'), `“${THANKS}”`)

  // 6. Anyone on the wall sees it 已实现 with the thanks, the masked wisher and the member masked.
  await openAs(page, env.stack.url, '张志明', 'wish/pages/pool/index')
  await page.locator('.wish-status-filter__item', { hasText: '已实现' }).click()
  await expectText(card(page).locator('.wish-status'), '已实现')
  await expectText(card(page).locator('.wish-card__thanks'), `“${THANKS}”`)
  await expectText(card(page).locator('.wish-card__wisher'), '刘*')
  await expectText(card(page).locator('.wish-card__holder'), '认领：党员 · 陈*燕')
  const wall = await page.locator('.wish-pool:visible').innerText()
  expect(wall).not.toContain('刘阳')
  expect(wall).not.toContain(PHONE)
  expect(wall).not.toContain('陈晓燕')

  // The detail page a stranger opens shows no phone either.
  await card(page).click()
  await page.waitForURL(/wish\/pages\/detail\/index\?id=/)
  await expectText(wishPage(page).locator('.wish-status'), '已实现')
  const detail = await wishPage(page).innerText()
  expect(detail).not.toContain('刘阳')
  expect(detail).not.toContain(PHONE)
})

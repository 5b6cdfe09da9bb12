// 消息 in Chromium: a shopper files a complaint, the committee accepts it, the shopper's 我的 shows
// an unread badge, 消息 lists "您的投诉已受理…", tapping it opens the complaint and the badge goes.
import { expectCount, expectText, openRoute } from '../support/browser'
import { browserStack } from '../support/browser-stack'

const env = browserStack()

it('tells the shopper their complaint was accepted, and the message opens the complaint', async () => {
  const page = await env.pageAs('刘阳', 'shopper/pages/complain/index?shopId=shop-003')
  await page.locator('.complaint-category__item', { hasText: '服务态度' }).click()
  await page.locator('.complain-description textarea').fill('排队时店员让后来的熟客先点单。')
  await page.locator('.complain-form__submit').click()
  await page.waitForURL(/pages\/complaint\/index\?id=/)
  const complaintId = decodeURIComponent(
    new URL(page.url().replace('#/', '')).searchParams.get('id')!,
  )

  const accepted = await env.stack.http('demo-admin', 'complaint', {
    action: 'accept',
    data: { complaintId, severity: 'minor' },
  })
  expect(accepted.status).toBe(200)

  // The seed left 刘阳 one unread message (her earlier complaint waits for her confirmation).
  await openRoute(page, env.stack.url, 'account/pages/me/index')
  const badge = page.locator('.me__entry--inbox .me__badge')
  await expectText(badge, '2')
  await page.locator('.me__entry--inbox').click()
  await page.waitForURL(/pages\/inbox\/index/)
  const message = page.locator('.inbox-message--unread', { hasText: '您的投诉已受理' })
  await expectCount(message, 1)
  await expect(message.locator('.inbox-message__body').textContent()).resolves.toMatch(
    /^您对「阿婆糖水铺」的投诉已受理/,
  )
  await message.click()
  await page.waitForURL(new RegExp(`shopper/pages/complaint/index\\?id=${complaintId}`))
  await expectText(page.locator('.complaint-status'), '已受理')

  await openRoute(page, env.stack.url, 'account/pages/me/index')
  await expectText(badge, '1')
  await page.locator('.me__entry--inbox').click()
  await page.waitForURL(/pages\/inbox\/index/)
  await expectCount(page.locator('.inbox-message--unread'), 1)
  await page.locator('.inbox__read-all').click()
  await expectCount(page.locator('.inbox-message--unread'), 0)
  await expectCount(page.locator('.inbox-message'), 4)
  await openRoute(page, env.stack.url, 'account/pages/me/index')
  await expectCount(page.locator('.me__entry--inbox'), 1)
  await expectCount(page.locator('.me__entry--inbox .me__badge'), 0)
})

it('lets a person turn a kind of WeChat reminder off, but not revocation', async () => {
  const page = await env.pageAs('李红梅', 'account/pages/inbox/index')
  await expectText(page.locator('.inbox .empty-state__text'), '暂无消息')
  const revoked = page.locator('.inbox-settings__row--registration_revoked .nut-switch')
  await expect(revoked.getAttribute('class')).resolves.toContain('disabled')
  await page.locator('.inbox-settings__row--complaint_accepted .nut-switch').click()
  const enabled = async () => {
    const prefs = await env.stack.http('demo-secretary', 'inbox', { action: 'preferences' })
    return prefs.body.data.list.find((p: { kind: string }) => p.kind === 'complaint_accepted')
      .enabled as boolean
  }
  const until = Date.now() + 10_000
  while ((await enabled()) && Date.now() < until) await page.waitForTimeout(200)
  expect(await enabled()).toBe(false)
})

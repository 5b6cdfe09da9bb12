// The branch secretary and the committee at work on members: the secretary's queue holds only her
// branch's registrations; she approves one and checks the new member's card (and a forged one);
// the committee sees the coverage this adds and downloads the member ledger.
import { expectCount, expectText, openFromMe, openRoute, openCase } from '../support/browser'
import { browserStack, DESKTOP } from '../support/browser-stack'
import { downloadFrom, sheetRows } from '../support/downloads'

const env = browserStack(DESKTOP)

it('lets a secretary approve her branch’s registration and check the member’s card', async () => {
  const { page } = env.browser
  await openFromMe(page, env.stack.url, '李红梅', 'member-review', /admin\/pages\/members\/index/)
  // Of the three pending registrations only 王小军 works in a shop of 美食街党支部.
  await expectCount(page.locator('.member-row'), 1)
  await expectText(page.locator('.member-row .member-row__name'), '王小军')
  await openCase(page, page.locator('.member-row'), /admin\/pages\/member\/index/)
  await expectText(page.locator('.member-detail__match'), '与花名册一致')
  await page.locator('.member-detail__approve').click()
  await expectText(page.locator('.member-detail__status'), '已认证')

  const card = await env.stack.http('demo-applicant-01', 'member', { action: 'card' })
  const code: string = card.body.data.code
  await openRoute(page, env.stack.url, 'admin/pages/card-check/index')
  await page.locator('.card-check__code input').fill(code)
  await page.locator('.card-check__submit').click()
  await expectText(page.locator('.card-result__verdict'), '有效党员卡')
  await expectText(page.locator('.card-result__fact--name .card-result__value'), '王小军')
  await expectText(page.locator('.card-result__fact--branch .card-result__value'), '美食街党支部')

  const forged = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A')
  await page.locator('.card-check__code input').fill(forged)
  await page.locator('.card-check__submit').click()
  await expectText(page.locator('.card-result__verdict'), '党员卡无效')
  await expectText(page.locator('.card-result__reason'), '二维码无效或被篡改')
})

it('marks a typed phone 手机号未验证 in the committee queue, and not one shared from WeChat', async () => {
  const page = await env.pageAs('王建国', 'admin/pages/members/index')
  await expectCount(page.locator('.member-row'), 2)
  const typed = page.locator('.member-row', { hasText: '黄志强' })
  await expectText(typed.locator('.member-row__phone-unverified'), '手机号未验证')
  await expectCount(
    page.locator('.member-row', { hasText: '刘芳' }).locator('.member-row__phone-unverified'),
    0,
  )
  await openCase(page, typed, /admin\/pages\/member\/index/)
  await expectText(page.locator('.member-detail__phone-unverified'), '手机号未验证')
})

it('shows the committee the coverage and downloads the member ledger', async () => {
  const page = await env.pageAs('王建国', 'admin/pages/coverage/index')
  // Nine seeded members work in nine shops; 王小军, approved above, adds a tenth.
  await expectText(page.locator('.coverage-rate'), '覆盖店铺 10 / 32（31.3%）')
  await expectText(page.locator('.figure-tile--verified .figure-tile__value'), '10')
  const ledger = await downloadFrom(page, page.locator('.coverage__ledger'))
  expect(ledger.name).toMatch(/^党员台账-\d{8}\.xlsx$/)
  const rows = await sheetRows(ledger.path)
  expect(rows).toHaveLength(11)
  expect(rows.find((r) => r[0] === '王小军')?.slice(0, 3)).toEqual(['王小军', '男', '13900002001'])
})

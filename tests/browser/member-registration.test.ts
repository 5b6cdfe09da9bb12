// 寻党员，亮身份 in a real browser: a new user registers with consent; the committee imports a
// roster, finds the registration matched and approves it into a branch; the member turns on
// 亮身份 and a shopper scanning the shop sees "张*明 · 店长", then no longer once it is off.
// And the other path: rejection with a reason, the fix, resubmission, approval.
import type { Page } from 'playwright-core'
import { writeRosterSheet } from '../../server/services/member-sheet'
import {
  expectFieldError,
  expectText,
  openAs,
  openRoute,
  signInAs,
  signInAsNewShopper,
  openCase,
} from '../support/browser'
import { anotherBrowser, browserStack, DESKTOP } from '../support/browser-stack'

/** The new member on a phone (`env.browser`), and the committee at a desk. */
const env = browserStack()
const committee = anotherBrowser(DESKTOP)

type Registration = { realName: string; phone: string; recordOrg: string }

/** A new visitor opens 党员亮身份 from the home page, agrees to the consent and fills the form. */
async function registerAsNewVisitor(page: Page, reg: Registration): Promise<void> {
  await signInAsNewShopper(page, env.stack.url)
  await openRoute(page, env.stack.url, 'pages/index/index')
  await page.locator('.home-entry--member').click()
  await page.waitForURL(/member\/pages\/consent\/index/)
  await page.locator('.consent__agree').click()
  await page.locator('.consent__accept').click()
  await page.waitForURL(/member\/pages\/register\/index/)

  // Sent empty, the form names the missing fields, 手机号 among them.
  await page.locator('.register-form__submit').click()
  await expectFieldError(page, 'phone', '请填写手机号')
  await page.locator('.register-form__real-name input').fill(reg.realName)
  await page.locator('.register-gender__item', { hasText: '男' }).click()
  await page.locator('.register-form__phone input').fill(reg.phone.slice(0, 7))
  await page.locator('.register-form__joined-on input').fill('2015-07-01')
  await page.locator('.register-standing__item', { hasText: '正式党员' }).click()
  await page.locator('.register-form__record-org input').fill(reg.recordOrg)
  await page.locator('.register-transferred__item', { hasText: '未转入' }).click()
  await page.locator('.register-floating__item', { hasText: '否' }).click()
  await page.locator('.register-shop .shop-picker__input input').fill('阿婆')
  await page.locator('.register-shop .shop-picker__search').click()
  await page.locator('.register-shop .shop-picker__item', { hasText: '阿婆糖水铺' }).click()
  await page.locator('.register-form__post input').fill('店长')
  // A mistyped phone is refused under the field, and nothing is sent.
  await page.locator('.register-form__submit').click()
  await expectFieldError(page, 'phone', '手机号格式不正确')
  await page.locator('.register-form__phone input').fill(reg.phone)
  await page.locator('.register-form__submit').click()
  await expectText(page.locator('.member-status'), '待审核')
}

/** The committee opens the registration with this name from the pending queue. */
async function openRegistration(page: Page, realName: string): Promise<void> {
  await openRoute(page, env.stack.url, 'admin/pages/members/index')
  await page.locator('.admin-members__query input').fill(realName)
  await page.locator('.admin-members__search').click()
  await openCase(
    page,
    page.locator('.member-row', { hasText: realName }),
    /admin\/pages\/member\/index/,
  )
}

async function shopperSees(page: Page, shopCode: string): Promise<string[]> {
  await openRoute(page, env.stack.url, `pages/shop/index?code=${encodeURIComponent(shopCode)}`)
  await page.locator('.shop-card').first().waitFor()
  await page.locator('.shop-ratings').waitFor()
  return page.locator('.shop-members__item').allTextContents()
}

it('registers, is matched against the roster and approved, shows status and withdraws it', async () => {
  const member = env.browser
  const reg = { realName: '张三明', phone: '13812345678', recordOrg: '泰安市泰山区财源街道党工委' }
  await registerAsNewVisitor(member.page, reg)

  const { page } = committee
  await openAs(page, env.stack.url, '王建国', 'admin/pages/members/index')
  const roster = await writeRosterSheet([{ ...reg, joinedOn: '2015-07-01' }])
  await page.locator('.roster-import__input').setInputFiles({
    name: '花名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: roster,
  })
  await page.locator('.roster-import__submit').click()
  await expectText(
    page.locator('.roster-report__summary'),
    '导入 1 条，拒绝 0 条，匹配待审登记 1 条',
  )
  // The queue shows the new comparison at once, without reopening the page.
  const row = page.locator('.member-row', { hasText: '张三明' })
  await expectText(row.locator('.member-row__match--full'), '与花名册一致')
  await page.locator('.member-match-filter__item', { hasText: '与花名册一致' }).click()
  await expectText(row.locator('.member-row__match--full'), '与花名册一致')
  await expectText(row.locator('.member-row__phone'), '138****5678')

  await openCase(page, row, /admin\/pages\/member\/index/)
  await expectText(page.locator('.member-detail__match'), '与花名册一致')
  await page.locator('.member-detail__branch__item[data-value="org-food-street"]').click()
  await page.locator('.member-detail__approve').click()
  await expectText(page.locator('.member-detail__status'), '已认证')

  // The member sees the approval, opens the card and turns on 亮身份.
  await openRoute(member.page, env.stack.url, 'member/pages/register/index')
  await expectText(member.page.locator('.member-status'), '已认证')
  await member.page.locator('.member-verified__card').click()
  await member.page.waitForURL(/member\/pages\/card\/index/)
  await expectText(member.page.locator('.member-card__name'), '张三明')
  await expectText(member.page.locator('.show-status__state'), '未开启')
  await member.page.locator('.show-status__switch').click()
  await expectText(member.page.locator('.show-status__state'), '已开启')

  const code = (
    await env.stack.http('demo-admin', 'shop', { action: 'code', data: { shopId: 'shop-003' } })
  ).body.data.code
  await signInAs(page, env.stack.url, '刘阳')
  expect(await shopperSees(page, code)).toContain('张*明 · 店长')
  await expectText(page.locator('.shop-members__badge'), '党员经营户')

  await member.page.locator('.show-status__switch').click()
  await expectText(member.page.locator('.show-status__state'), '未开启')
  expect(await shopperSees(page, code)).not.toContain('张*明 · 店长')
})

it('is sent back with a reason, fixes the registration, resubmits and is approved', async () => {
  const member = env.browser
  const reg = { realName: '李四红', phone: '13812349999', recordOrg: '财源' }
  await registerAsNewVisitor(member.page, reg)

  const { page } = committee
  await signInAs(page, env.stack.url, '王建国')
  await openRegistration(page, '李四红')
  await page.locator('.member-detail__reject').click()
  await page.locator('.member-detail__reason textarea').fill('短')
  await page.locator('.member-detail__confirm-reject').click()
  await expectFieldError(page, 'reason', '原因至少 2 个字')
  await page.locator('.member-detail__reason textarea').fill('请填写组织关系所在单位全称')
  await page.locator('.member-detail__confirm-reject').click()
  await expectText(page.locator('.member-detail__status'), '已退回')

  await openRoute(member.page, env.stack.url, 'member/pages/register/index')
  await expectText(member.page.locator('.member-status'), '已退回')
  await expectText(
    member.page.locator('.member-reject-reason'),
    '退回原因：请填写组织关系所在单位全称',
  )
  await member.page.locator('.register-form__record-org input').fill('泰安市泰山区财源街道党工委')
  await expectText(member.page.locator('.register-form__submit'), '修改后重新提交')
  await member.page.locator('.register-form__submit').click()
  await expectText(member.page.locator('.member-status'), '待审核')

  await openRegistration(page, '李四红')
  await page.locator('.member-detail__approve').click()
  await expectText(page.locator('.member-detail__status'), '已认证')
  await openRoute(member.page, env.stack.url, 'member/pages/register/index')
  await expectText(member.page.locator('.member-status'), '已认证')
  await expectText(member.page.locator('.member-verified__branch'), '所在支部：美食街党支部')
})

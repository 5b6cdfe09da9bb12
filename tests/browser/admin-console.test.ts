// The committee console in Chromium on the h5 build, signed in as the admin persona (王建国):
// creating a shop through the form (a bad phone is refused inline first), finding it and awarding
// it 党员示范店; importing an Excel sheet with one bad row; and taking a shopper's complaint through
// 受理 → 交办 (to a department, with a deadline) → 办理结果, with the timeline showing each step.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import {
  expectCount,
  expectFieldError,
  expectText,
  openRoute,
  signInAs,
  openCase,
} from '../support/browser'
import { browserStack, DESKTOP, failOnPageErrors } from '../support/browser-stack'

const env = browserStack(DESKTOP)
failOnPageErrors(env)
let tmpDir: string
beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rbd-admin-console-'))
  await signInAsAdmin(env.browser.page)
})
afterAll(() => {
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true })
})

async function signInAsAdmin(page: Page): Promise<void> {
  await signInAs(page, env.stack.url, '王建国')
}

/** The committee's list, straight from the API, for checking what the console wrote. */
async function adminShops(keyword: string) {
  const res = await env.stack.http('demo-admin', 'shop', { action: 'adminList', data: { keyword } })
  expect(res.body).toMatchObject({ ok: true })
  return res.body.data.list as { shopId: string; name: string; honours: string[] }[]
}

async function fillShopField(page: Page, field: string, value: string): Promise<void> {
  await page.locator(`.shop-form__input--${field} input`).fill(value)
}

it('creates a shop through the form, finds it in the list and awards it 党员示范店', async () => {
  const { page } = env.browser
  const name = '红星诚信便利店'
  await openRoute(page, env.stack.url, 'admin/pages/shops/index')
  await page.locator('.admin-shop').first().waitFor()
  await page.locator('.admin-shops__create').click()
  await page.waitForURL(/admin\/pages\/shop-form\/index/)

  await fillShopField(page, 'name', name)
  await page.locator('.shop-category__item[data-value="超市"]').click()
  await fillShopField(page, 'address', '红星路 18 号')
  await fillShopField(page, 'floorUnit', '1F-B06')
  await fillShopField(page, 'licenceNo', '91330100MA2B3C4D5E')
  await fillShopField(page, 'contactName', '陈立新')
  await fillShopField(page, 'contactPhone', '1380013800')
  await page.locator('.shop-form__submit').click()
  await expectFieldError(page, 'contactPhone', '手机号格式不正确')
  await expectCount(page.locator('.field-error'), 1)
  expect(await adminShops(name)).toEqual([])

  await fillShopField(page, 'contactPhone', '13800138000')
  await expectCount(page.locator('.field-error'), 0)
  await page.locator('.shop-form__submit').click()
  await page.waitForURL(/admin\/pages\/shops\/index/)
  const created = await adminShops(name)
  expect(created.map((shop) => shop.name)).toEqual([name])

  await page.locator('.admin-shops__query input').fill(name)
  await page.locator('.admin-shops__search').click()
  const row = page.locator(`.admin-shop[data-shop-id="${created[0].shopId}"]`)
  await expectText(row.locator('.admin-shop__name'), name)
  await expectCount(page.locator('.admin-shop'), 1)
  await expectCount(row.locator('.honour-tag'), 0)

  await row.locator('.admin-shop__honour').click()
  const award = page.locator('.honour-panel .honour-form[data-honour="党员示范店"]')
  await award.locator('.honour-form__award').click()
  await expectFieldError(award, 'criteria', '请至少选择一项评定标准')
  await award.locator('.honour-criteria__item[data-value="诚信经营"]').click()
  await award.locator('.honour-criteria__item[data-value="优质服务"]').click()
  await award.locator('.honour-form__award').click()
  await expectCount(page.locator('.honour-panel'), 0)
  await expectText(row.locator('.honour-tag'), '党员示范店')
  expect((await adminShops(name))[0].honours).toEqual(['党员示范店'])
})

it('imports an Excel sheet and reports the refused row with its reason', async () => {
  const { page } = env.browser
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('店铺')
  sheet.addRow(['店铺名称', '类别', '地址', '楼层/铺位', '营业执照号', '联系人', '联系电话'])
  sheet.addRow([
    '导入测试面馆',
    '餐饮',
    '红星路 20 号',
    '1F-C01',
    '91330100MA2B3C4D6F',
    '周一',
    '13900139001',
  ])
  sheet.addRow([
    '导入测试错号店',
    '服饰',
    '红星路 22 号',
    '1F-C02',
    '91330100MA2B3C4D7G',
    '周二',
    '12345',
  ])
  sheet.addRow([
    '导入测试书店',
    '其他',
    '红星路 24 号',
    '2F-C03',
    '91330100MA2B3C4D8H',
    '周三',
    '13900139003',
  ])
  const file = path.join(tmpDir, '店铺导入.xlsx')
  await workbook.xlsx.writeFile(file)

  await openRoute(page, env.stack.url, 'admin/pages/shop-import/index')
  await page.locator('.shop-import__input').setInputFiles(file)
  await expectText(page.locator('.shop-import__file'), '店铺导入.xlsx')
  await page.locator('.shop-import__submit').click()

  await expectText(page.locator('.import-report__created'), '成功导入 2 家')
  await expectText(page.locator('.import-report__refused'), '未导入 1 行')
  await expectCount(page.locator('.import-row'), 1)
  const refused = page.locator('.import-row[data-row="3"]')
  await expectText(refused.locator('.import-row__name'), '导入测试错号店')
  await expectText(refused.locator('.import-row__error'), '联系电话：手机号格式不正确')

  expect((await adminShops('导入测试')).map((shop) => shop.name).sort()).toEqual(
    ['导入测试书店', '导入测试面馆'].sort(),
  )
})

it('accepts, assigns to a department and records the result of a complaint', async () => {
  const { page } = env.browser
  // shop-004: the demo seed already holds the shopper's open complaint about shop-001, and the
  // rule allows one open complaint per person and shop.
  const filed = await env.stack.http('demo-shopper', 'complaint', {
    action: 'file',
    data: {
      shopId: 'shop-004',
      category: 'price',
      description: '结账时价格与标价不一致，多收了五元钱，店员不肯退。',
      contact: '13912345678',
    },
    idempotencyKey: 'admin-console-complaint',
  })
  expect(filed.body).toMatchObject({ ok: true })
  const complaintId: string = filed.body.data.complaintId
  const shopName: string = filed.body.data.shopName

  await openRoute(page, env.stack.url, 'admin/pages/complaints/index')
  await page.locator('.complaint-status-filter__item', { hasText: '待受理' }).click()
  const queued = page.locator(`.queue-row[data-complaint-id="${complaintId}"]`)
  await expectText(queued.locator('.queue-row__shop'), shopName)
  await openCase(page, queued, /admin\/pages\/complaint\/index/)

  // The committee sees who complained and how to reach them.
  await expectText(page.locator('.complaint-fact--contact .complaint-fact__value'), '13912345678')
  await expectText(page.locator('.complaint-summary .complaint-status'), '待受理')

  await page.locator('.severity-choice__item[data-value="moderate"]').click()
  await page.locator('.accept-form__submit').click()
  await expectText(page.locator('.complaint-summary .complaint-status'), '已受理')
  await expectText(page.locator('.complaint-fact--severity .complaint-fact__value'), '一般')

  await page.locator('.handler-kind__item[data-value="department"]').click()
  expect(await page.locator('.assign-form__name input').inputValue()).toBe('市场监管所')
  const deadlineDate = await page.locator('.assign-form__date').textContent()
  await page.locator('.assign-form__submit').click()
  await expectText(page.locator('.complaint-summary .complaint-status'), '办理中')
  await expectText(
    page.locator('.complaint-fact--handler .complaint-fact__value'),
    '职能部门 · 市场监管所',
  )
  const deadline = await page
    .locator('.complaint-fact--deadline .complaint-fact__value')
    .textContent()
  expect(deadline?.startsWith(deadlineDate ?? '?')).toBe(true)
  // The default: three days ahead, rounded up to the next hour, as a Shanghai (UTC+8) date.
  const HOUR = 3600 * 1000
  const byDefault = new Date(Date.now() + 72 * HOUR + HOUR + 8 * HOUR)
  expect(deadlineDate).toBe(byDefault.toISOString().slice(0, 10))

  await page
    .locator('.handle-form__result textarea')
    .fill('经市场监管所现场核查，多收属实，已责令退还差价。')
  await page.locator('.handle-form__rectification textarea').fill('重新核对价签，收银前唱价。')
  await page.locator('.handle-form__submit').click()
  await expectText(page.locator('.complaint-summary .complaint-status'), '待确认')
  await expectText(
    page.locator('.complaint-block--result .complaint-block__text'),
    '经市场监管所现场核查，多收属实，已责令退还差价。',
  )

  await expectCount(page.locator('.timeline__action'), 4)
  expect(await page.locator('.timeline__action').allTextContents()).toEqual([
    '提交投诉',
    '受理投诉',
    '交办',
    '办理完毕',
  ])
  await expectText(page.locator('.timeline__item').nth(1).locator('.timeline__note'), '定级：一般')

  // What the page showed is what the complaint now is.
  const stored = await env.stack.http('demo-admin', 'complaint', {
    action: 'get',
    data: { complaintId },
  })
  expect(stored.body.data).toMatchObject({
    status: 'handled',
    severity: 'moderate',
    handler: { kind: 'department', name: '市场监管所' },
    upheld: true,
    rectification: '重新核对价签，收银前唱价。',
  })
})

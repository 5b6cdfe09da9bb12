// A merchant downloads the print-ready poster of their shop's code from the merchant pages.
import fs from 'node:fs'
import { browserStack } from '../support/browser-stack'
import { downloadFrom } from '../support/downloads'

const env = browserStack()

it('downloads an A5 poster PDF of the merchant’s own shop', async () => {
  const page = await env.pageAs('张志明', 'merchant/pages/shop-code/index?shopId=shop-001')
  await page.locator('.shop-code__poster--A5').waitFor()
  const poster = await downloadFrom(page, page.locator('.shop-code__poster--A5'))
  expect(poster.name).toBe('老街口牛肉面-诚信二维码-A5.pdf')
  expect(fs.readFileSync(poster.path).subarray(0, 5).toString()).toBe('%PDF-')
})

it('downloads the district’s posters part by part, saying which part it is drawing', async () => {
  const page = await env.pageAs('王建国', 'admin/pages/shops/index')
  const button = page.locator('.admin-shops__all-posters')
  await button.waitFor()
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    button.click(),
    page.locator('.admin-shops__posters-note', { hasText: '正在生成第 1 份…' }).waitFor(),
  ])
  // The demo district's shops make one part, so its file has no part number.
  expect(download.suggestedFilename()).toBe('红星路商圈-全部店铺诚信二维码-A5.pdf')
  const pdf = fs.readFileSync((await download.path())!)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  await page.locator('.admin-shops__posters-note').waitFor({ state: 'detached' })
})

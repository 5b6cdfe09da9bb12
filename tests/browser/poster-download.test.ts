// A merchant downloads the print-ready poster of their shop's code from the merchant pages.
import fs from 'node:fs'
import { launchBrowser, openRoute, signInAs, type Browser } from '../support/browser'
import { startTestStack, type TestStack } from '../support/stack'

let stack: TestStack
let browser: Browser
beforeAll(async () => {
  stack = await startTestStack({ h5: true })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

it('downloads an A5 poster PDF of the merchant’s own shop', async () => {
  const { page } = browser
  await signInAs(page, stack.url, '张志明')
  await openRoute(page, stack.url, 'merchant/pages/shop-code/index?shopId=shop-001')
  await page.locator('.shop-code__poster--A5').waitFor()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.shop-code__poster--A5').click(),
  ])
  expect(download.suggestedFilename()).toBe('老街口牛肉面-诚信二维码-A5.pdf')
  const file = await download.path()
  expect(fs.readFileSync(file!).subarray(0, 5).toString()).toBe('%PDF-')
})

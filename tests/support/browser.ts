// Debian's Chromium driven by playwright-core, with a fresh profile per launch and the flags this
// machine needs (no background networking: the network is closed).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execSync } from 'node:child_process'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'

export function chromiumPath(): string {
  const found = execSync('command -v chromium || command -v chromium-browser || true', {
    shell: '/bin/bash',
  })
    .toString()
    .trim()
  if (!found)
    throw new Error('chromium is not installed: run scripts/ensure-chromium.sh (npm test does)')
  return found
}

export type Browser = { context: BrowserContext; page: Page; close: () => Promise<void> }

export async function launchBrowser(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rbd-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: options.viewport ?? { width: 390, height: 844 },
    locale: 'zh-CN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(15_000)
  return {
    context,
    page,
    close: async () => {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Reads `read` every 100 ms until it gives `expected` or `timeout` passes; then asserts it. */
async function expectEventually<T>(read: () => Promise<T>, expected: T, timeout: number) {
  const until = Date.now() + timeout
  let actual = await read()
  while (actual !== expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100))
    actual = await read()
  }
  expect(actual).toBe(expected)
}

/** Waits until the locator's text equals `expected` (or times out), then asserts it. */
export function expectText(locator: Locator, expected: string, timeout = 15_000): Promise<void> {
  const text = async () =>
    (
      await locator
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => null)
    )?.trim() ?? null
  return expectEventually(text, expected, timeout)
}

/** Waits until the error of the field named `field` (its `data-field`) within `scope` reads `expected`. */
export function expectFieldError(scope: Page | Locator, field: string, expected: string) {
  return expectText(scope.locator(`.field-error[data-field="${field}"]`), expected)
}

/** Waits until the locator matches `count` elements (or times out), then asserts it. */
export function expectCount(locator: Locator, count: number, timeout = 15_000): Promise<void> {
  return expectEventually(() => locator.count(), count, timeout)
}

/** Opens an app route with a full page load (a bare hash change would not reload the SPA). */
export async function openRoute(page: Page, baseUrl: string, route: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`${baseUrl}#/${route.replace(/^\//, '')}`)
}

/** Signs in on the h5 login page as the demo persona with this nickname (e.g. 王建国). */
export async function signInAs(page: Page, baseUrl: string, nickname: string): Promise<void> {
  await openRoute(page, baseUrl, 'account/pages/login/index')
  await page.locator('.persona-card', { hasText: nickname }).click()
  await page.waitForURL(/pages\/(index|me)\/index/)
}

/** Enters on the h5 login page as a first-time visitor (a new shopper account). */
export async function signInAsNewShopper(page: Page, baseUrl: string): Promise<void> {
  await openRoute(page, baseUrl, 'account/pages/login/index')
  await page.locator('.login__new-shopper').click()
  await page.waitForURL(/pages\/(index|me)\/index/)
}

/** Signs in as the demo persona `nickname`, then opens `route` (what most tests begin with). */
export async function openAs(page: Page, baseUrl: string, nickname: string, route: string) {
  await signInAs(page, baseUrl, nickname)
  await openRoute(page, baseUrl, route)
}

/**
 * Signs in as `nickname`, opens `route` and follows the entry `entry` (a selector) on it to the
 * page whose URL matches `lands`: the way a person reaches a page they have no link to.
 */
export async function openVia(
  page: Page,
  baseUrl: string,
  nickname: string,
  route: string,
  entry: string,
  lands: RegExp,
): Promise<void> {
  await openAs(page, baseUrl, nickname, route)
  await page.locator(entry).click()
  await page.waitForURL(lands)
}

/** Signs in as `nickname` and opens the console's `area` (e.g. 'orgs') from its dashboard card. */
export function openConsoleArea(page: Page, baseUrl: string, nickname: string, area: string) {
  return openVia(
    page,
    baseUrl,
    nickname,
    'admin/pages/dashboard/index',
    `.console-nav__card--${area}`,
    new RegExp(`admin/pages/${area}/index`),
  )
}

/** Signs in as `nickname` and opens the console's dashboard from the entry on 我的. */
export function openConsole(page: Page, baseUrl: string, nickname: string) {
  const lands = /admin\/pages\/dashboard\/index/
  return openVia(page, baseUrl, nickname, 'account/pages/me/index', '.me__admin-entry', lands)
}

/** Signs in as `nickname` and follows the entry `entry` (e.g. 'my-wishes') on 我的. */
export function openFromMe(
  page: Page,
  baseUrl: string,
  nickname: string,
  entry: string,
  lands: RegExp,
) {
  return openVia(page, baseUrl, nickname, 'account/pages/me/index', `.me__entry--${entry}`, lands)
}

/** Signs in as `nickname` and follows the entry `entry` (e.g. 'wish') on the home page. */
export function openFromHome(
  page: Page,
  baseUrl: string,
  nickname: string,
  entry: string,
  lands: RegExp,
) {
  return openVia(page, baseUrl, nickname, 'pages/index/index', `.home-entry--${entry}`, lands)
}

/**
 * Opens the case a console row names: at a desk beside the list, which stays in view; on a phone
 * (or tablet) on its own page, `casePage`.
 */
export async function openCase(page: Page, row: Locator, casePage: RegExp): Promise<void> {
  const listUrl = page.url()
  await row.click()
  if ((page.viewportSize()?.width ?? 0) >= 1024) {
    await page.locator('.desk-split__detail .case-panel').waitFor()
    expect(page.url()).toBe(listUrl)
  } else {
    await page.waitForURL(casePage)
  }
}

// One test file's browser setup: the local cloud serving the h5 build, and a Chromium, started
// before the file's tests and stopped after them.
import type { Page } from 'playwright-core'
import { launchBrowser, openAs, type Browser } from './browser'
import { forwardTo } from './forward'
import { startTestStack, type TestStack } from './stack'

/** The console's size on a desktop; phones are the default. */
export const DESKTOP = { width: 1280, height: 900 }

/** A test file's browser setup, as `browserStack` gives it. */
export type BrowserEnv = {
  stack: TestStack
  browser: Browser
  /** The browser's page, signed in as the demo persona `nickname` (e.g. 王建国), at `route`. */
  pageAs: (nickname: string, route: string) => Promise<Page>
}

/**
 * Registers beforeAll/afterAll; the fields are there once the tests run. `seed: false` starts from
 * an empty district, as a new deployment does. `demo: false` serves the app as a deployment does:
 * no persona sign-in (/dev/* is a 404), so a visitor without a token stays anonymous.
 */
export function browserStack(
  viewport?: { width: number; height: number },
  { seed = true, demo = true }: { seed?: boolean; demo?: boolean } = {},
): BrowserEnv {
  const env = {
    pageAs: async (nickname: string, route: string) => {
      await openAs(env.browser.page, env.stack.url, nickname, route)
      return env.browser.page
    },
  } as BrowserEnv
  beforeAll(async () => {
    // Demo mode: the tests sign in on the h5 login page, which calls /dev/login.
    env.stack = await startTestStack({ h5: true, demo, seed })
    env.browser = await launchBrowser(viewport ? { viewport } : {})
  })
  afterAll(async () => {
    await env.browser?.close()
    await env.stack?.stop()
  })
  return env
}

/**
 * One more Chromium for the file, for a second person at once (a desk beside a phone, a leader
 * beside a volunteer): launched before the file's tests, after `browserStack`'s if declared after
 * it, and closed after them. What it returns stands for that browser once launched.
 */
export function anotherBrowser(viewport?: { width: number; height: number }): Browser {
  let launched: Browser | undefined
  beforeAll(async () => {
    launched = await launchBrowser(viewport ? { viewport } : {})
  })
  afterAll(async () => {
    await launched?.close()
  })
  return forwardTo(() => launched, 'the other browser is used before beforeAll launched it')
}

/**
 * Fails each test after which a page threw: a crash would otherwise show only as a missing element.
 * `more`: the file's other browsers, launched by then.
 */
export function failOnPageErrors(
  env: { browser: Browser },
  more: () => Browser[] = () => [],
): void {
  const pageErrors: string[] = []
  beforeAll(() => {
    for (const { page } of [env.browser, ...more()])
      page.on('pageerror', (err) => pageErrors.push(err.message))
  })
  afterEach(() => {
    expect(pageErrors).toEqual([])
  })
}

/**
 * The API as a test's own set-up calls it: `fn`'s `action` as `openid`, each call with a fresh
 * idempotency key named after `file`; its data, or the test fails with the server's error.
 */
export function apiCaller(env: { stack: TestStack }, file: string) {
  let serial = 0
  return async (openid: string, fn: string, action: string, data: object) => {
    const idempotencyKey = `${file}-${action}-${++serial}`
    const res = await env.stack.http(openid, fn, { action, data, idempotencyKey })
    if (!res.body.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(res.body.error)}`)
    return res.body.data
  }
}

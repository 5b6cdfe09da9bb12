// One test file's browser setup: the local cloud serving the h5 build, and a Chromium, started
// before the file's tests and stopped after them.
import { launchBrowser, type Browser } from './browser'
import { startTestStack, type TestStack } from './stack'

/** The console's size on a desktop; phones are the default. */
export const DESKTOP = { width: 1280, height: 900 }

/** Registers beforeAll/afterAll; the fields are there once the tests run. */
export function browserStack(viewport?: { width: number; height: number }): {
  stack: TestStack
  browser: Browser
} {
  const env = {} as { stack: TestStack; browser: Browser }
  beforeAll(async () => {
    // Demo mode: the tests sign in on the h5 login page, which calls /dev/login.
    env.stack = await startTestStack({ h5: true, demo: true })
    env.browser = await launchBrowser(viewport ? { viewport } : {})
  })
  afterAll(async () => {
    await env.browser?.close()
    await env.stack?.stop()
  })
  return env
}

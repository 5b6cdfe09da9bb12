// The h5 first visit: a shopper scans a shop's code with a phone on a weak signal and waits for the
// shop's name. Measured in Chromium with 4× CPU throttling and DevTools' "Slow 4G" profile, each
// visit in a fresh browser (nothing cached), beside a bare Taro h5 page (same Taro version) that
// fetches one JSON and shows one line. The median of several visits is reported.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { execSync } from 'node:child_process'
import type { Page } from 'playwright-core'
import { launchBrowser } from '../tests/support/browser'
import { serveStatic } from '../local-cloud/static-files'
import { ROUTES, withQuery } from '../types/pages'
import { buildBareTaro } from './bundle-sizes'
import { percentile, post, withBenchStack, type BenchSection } from './report'

const ROOT = path.resolve(__dirname, '..')
const VISITS = 5
const CPU_SLOWDOWN = 4
/** DevTools' "Slow 4G" preset (formerly "Fast 3G"): 562.5 ms latency, 1.44 Mbps down, 675 kbps up. */
const SLOW_4G = { latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 }
/** A demo shop with photos, reviews, complaints and members on its card. */
const SHOP_ID = 'shop-001'

type Visit = { ms: number; jsBytes: number; allBytes: number; requests: number }

export async function benchH5FirstVisit(): Promise<BenchSection> {
  const appDir = ensureAppBuild()
  const bare = buildBareTaro('h5')
  const bareServer = await serveBare(bare.dist)
  try {
    return await withBenchStack(
      'h5',
      async (stack) => {
        const res = await post(
          stack.url,
          'shop',
          { action: 'code', data: { shopId: SHOP_ID } },
          stack.tokens.issue('demo-admin'),
        )
        if (res.status !== 200) throw new Error(`code failed: ${res.text.slice(0, 200)}`)
        const { code } = JSON.parse(res.text).data as { code: string }
        const card = await post(stack.url, 'shop', { action: 'scan', data: { code } })
        const name = (JSON.parse(card.text).data as { name: string }).name

        const shopUrl = `${stack.url}/#${withQuery(ROUTES.shop, { code })}`
        const app = await visits(shopUrl, (page) => page.getByText(name, { exact: true }).first())
        const yardstick = await visits(`${bareServer.url}/`, (page) =>
          page.locator('.bare-name', { hasText: BARE_NAME }),
        )
        const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
        const ms = (n: number) => `${(n / 1000).toFixed(2)} s`
        return {
          title: `h5 first visit from a scanned code (Chromium, CPU ${CPU_SLOWDOWN}× slower, Slow 4G, median of ${VISITS} cold visits)`,
          rows: [
            { name: 'shop page: until the shop name is visible', value: ms(app.ms) },
            { name: 'bare Taro page: until its line is visible', value: ms(yardstick.ms) },
            {
              name: 'shop page / bare page (time)',
              value: `${(app.ms / yardstick.ms).toFixed(2)}×`,
            },
            { name: 'shop page: JS transferred', value: kb(app.jsBytes) },
            { name: 'bare Taro page: JS transferred', value: kb(yardstick.jsBytes) },
            {
              name: 'shop page / bare page (JS bytes)',
              value: `${(app.jsBytes / yardstick.jsBytes).toFixed(2)}×`,
            },
            {
              name: 'shop page: all bytes, requests',
              value: `${kb(app.allBytes)}, ${app.requests}`,
            },
            {
              name: 'bare Taro page: all bytes, requests',
              value: `${kb(yardstick.allBytes)}, ${yardstick.requests}`,
            },
          ],
        }
      },
      { h5Dir: appDir },
    )
  } finally {
    await bareServer.close()
    fs.rmSync(bare.root, { recursive: true, force: true })
  }
}

/** VISITS cold visits to `url`; each field is the median over them. */
async function visits(url: string, shown: (page: Page) => ReturnType<Page['locator']>) {
  const all: Visit[] = []
  for (let i = 0; i < VISITS; i++) all.push(await visit(url, shown))
  const median = (pick: (v: Visit) => number) => percentile(all.map(pick), 0.5)
  return {
    ms: median((v) => v.ms),
    jsBytes: median((v) => v.jsBytes),
    allBytes: median((v) => v.allBytes),
    requests: median((v) => v.requests),
  }
}

/** One visit in a fresh browser: throttled, timed from navigation until `shown` is visible. */
async function visit(url: string, shown: (page: Page) => ReturnType<Page['locator']>) {
  const browser = await launchBrowser({ viewport: { width: 375, height: 812 } })
  try {
    const { page } = browser
    page.setDefaultTimeout(60_000)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    const types = new Map<string, string>()
    let jsBytes = 0
    let allBytes = 0
    let requests = 0
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type))
    cdp.on('Network.loadingFinished', (e) => {
      requests++
      allBytes += e.encodedDataLength
      if (types.get(e.requestId) === 'Script') jsBytes += e.encodedDataLength
    })
    const started = Date.now()
    await page.goto(url, { waitUntil: 'commit' })
    await shown(page).waitFor({ state: 'visible' })
    const ms = Date.now() - started
    return { ms, jsBytes, allBytes, requests }
  } finally {
    await browser.close()
  }
}

const BARE_NAME = '老街口牛肉面'

/** The app's h5 build, built when missing. */
function ensureAppBuild(): string {
  const dir = path.join(ROOT, 'dist', 'h5')
  if (!fs.existsSync(path.join(dir, 'index.html')))
    execSync('npx taro build --type h5', {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, NODE_ENV: 'production' },
    })
  return dir
}

/** Serves the bare build and its one JSON on 127.0.0.1, the same way the gateway serves the app. */
async function serveBare(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (pathname === '/bare.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify({ name: BARE_NAME }))
      return
    }
    serveStatic(dir, pathname, res, req.headers['accept-encoding'])
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

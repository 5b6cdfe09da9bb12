// End-to-end check in the real WeChat DevTools (Windows/macOS only; see run.ts): open the home page,
// tap the first shop, and check the shop page shows that shop and titles itself with its name.
import path from 'node:path'
import automator from 'miniprogram-automator'

/** The mini-program's global inside `evaluate` callbacks, which run in the app service. */
declare const wx: Record<string, unknown> & { __titles?: string[] }

const PROJECT_PATH = path.resolve(__dirname, '../..')

/** Runs the scenario against a DevTools launched from `cliPath`; throws on the first failure. */
export async function runShopScan(cliPath: string): Promise<void> {
  const miniProgram = await automator.launch({
    cliPath,
    projectPath: PROJECT_PATH,
    timeout: 120_000,
  })
  try {
    const home = await miniProgram.reLaunch('/pages/index/index')
    if (!home) throw new Error('home page did not open')
    await home.waitFor('.shop-list__item')
    const shop = await home.$('.shop-list__item')
    if (!shop) throw new Error('no shop in the home page list')
    const name = await (await shop.$('.shop-list__name'))?.text()
    if (!name) throw new Error('the first shop has no name')

    // Record page titles as Taro sets them; the navigation bar itself is not readable.
    await miniProgram.evaluate(() => {
      const w = wx
      const original = w.setNavigationBarTitle as (o: { title: string }) => unknown
      w.__titles = []
      w.setNavigationBarTitle = (o: { title: string }) => {
        w.__titles?.push(o.title)
        return original.call(w, o)
      }
    })

    await shop.tap()
    await home.waitFor(1500)
    const page = await miniProgram.currentPage()
    if (page?.path !== 'pages/shop/index')
      throw new Error(`expected the shop page, got ${page?.path}`)
    await page.waitFor('.shop-card__name')
    const cardName = await (await page.$('.shop-card__name'))?.text()
    if (cardName !== name) throw new Error(`shop card shows “${cardName}”, expected “${name}”`)
    const titles = (await miniProgram.evaluate(() => wx.__titles ?? [])) as string[]
    if (!titles.includes(name))
      throw new Error(`page title was not set to “${name}”: ${titles.join(', ')}`)
    console.log(`ok: tapped “${name}”, shop page titled “${name}”`)
  } finally {
    await miniProgram.close()
  }
}

// Runs the WeChat DevTools scenarios: `npx tsx tests/automator/run.ts`. DevTools does not exist for
// Linux, so without WECHAT_DEVTOOLS_CLI (path to its `cli`) this skips and exits 0.
import { runShopScan } from './shop-scan.automator'

async function main(): Promise<void> {
  const cliPath = process.env.WECHAT_DEVTOOLS_CLI
  if (!cliPath) {
    console.log('skipped: WECHAT_DEVTOOLS_CLI not set')
    return
  }
  await runShopScan(cliPath)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})

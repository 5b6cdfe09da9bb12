// `npm run bench`: runs each benchmark section in turn and prints its figures.
import { benchBundleSizes } from './bundle-sizes'
import { benchLocalCloud } from './local-cloud'
import { benchScanPath } from './scan-path'
import { printSection, type BenchSection } from './report'

const SECTIONS: (() => Promise<BenchSection>)[] = [benchBundleSizes, benchLocalCloud, benchScanPath]

async function main() {
  for (const run of SECTIONS) printSection(await run())
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})

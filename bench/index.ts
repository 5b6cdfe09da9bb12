// `npm run bench`: runs each benchmark section in turn and prints its figures;
// `npm run bench -- members scan` runs only the named sections.
import { benchActivities } from './activities'
import { benchBundleSizes } from './bundle-sizes'
import { benchDashboard } from './dashboard'
import { benchH5FirstVisit } from './h5-first-visit'
import { benchHousekeeping } from './housekeeping'
import { benchInbox } from './inbox'
import { benchLocalCloud } from './local-cloud'
import { benchMemberQueue } from './member-queue'
import { benchScanPath } from './scan-path'
import { benchWishes } from './wishes'
import { printSection, type BenchSection } from './report'
import { runMain } from '../local-cloud/run-cli'

const SECTIONS: Record<string, () => Promise<BenchSection>> = {
  bundles: benchBundleSizes,
  h5: benchH5FirstVisit,
  'local-cloud': benchLocalCloud,
  scan: benchScanPath,
  members: benchMemberQueue,
  housekeeping: benchHousekeeping,
  inbox: benchInbox,
  wishes: benchWishes,
  activities: benchActivities,
  dashboard: benchDashboard,
}

async function main() {
  const wanted = process.argv.slice(2)
  const unknown = wanted.filter((name) => !(name in SECTIONS))
  if (unknown.length)
    throw new Error(
      `unknown section(s) ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`,
    )
  for (const [name, run] of Object.entries(SECTIONS))
    if (!wanted.length || wanted.includes(name)) printSection(await run())
}

runMain(main)

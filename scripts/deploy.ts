// `npm run deploy`: builds the functions and deploys them, the collections and their indexes to a
// CloudBase environment. Needs TCB_ENV_ID, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY; with
// `--dry-run` (or without credentials) it only prints the plan.
import fs from 'node:fs'
import path from 'node:path'
import CloudBase from '@cloudbase/manager-node'
import { buildFunctions, FUNCTIONS_OUT } from './build-functions'
import { deployPlan } from './deploy-plan'
import { runMain } from '../local-cloud/run-cli'

async function main() {
  const built = await buildFunctions()
  const plan = deployPlan(
    built.map(({ name }) => {
      const file = path.join(FUNCTIONS_OUT, name, 'config.json')
      const config = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
      return { name, timeout: config.timeout, triggers: config.triggers }
    }),
  )
  const {
    TCB_ENV_ID: envId,
    TENCENTCLOUD_SECRETID: secretId,
    TENCENTCLOUD_SECRETKEY: secretKey,
  } = process.env
  if (process.argv.includes('--dry-run') || !envId || !secretId || !secretKey) {
    console.log(JSON.stringify(plan, null, 2))
    if (!process.argv.includes('--dry-run')) {
      console.log(
        '\nset TCB_ENV_ID, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY to deploy this plan',
      )
    }
    return
  }
  const manager = new CloudBase({ envId, secretId, secretKey })
  for (const coll of plan.collections) {
    await manager.database.createCollectionIfNotExists(coll.name)
    const existing = new Set(
      ((await manager.database.describeCollection(coll.name)).Indexes ?? []).map((i) => i.Name),
    )
    const missing = coll.indexes.filter((ix) => !existing.has(ix.IndexName))
    if (missing.length)
      await manager.database.updateCollection(coll.name, { CreateIndexes: missing })
    console.log(`collection ${coll.name}: ${missing.length} index(es) created`)
  }
  for (const fn of plan.functions) {
    await manager.functions.createFunction({
      func: {
        name: fn.name,
        runtime: fn.runtime,
        timeout: fn.timeout,
        installDependency: fn.installDependency,
        triggers: fn.triggers,
      },
      functionRootPath: FUNCTIONS_OUT,
      force: true,
    })
    console.log(`function ${fn.name}: deployed`)
  }
}

runMain(main)

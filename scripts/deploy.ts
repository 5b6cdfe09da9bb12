// `npm run deploy`: builds the functions and deploys them, their settings, the collections with
// their indexes and "no client access" rules to a CloudBase environment, all from the declaration
// (config/deployment.ts, types/collections.ts). Needs TCB_ENV_ID, TENCENTCLOUD_SECRETID and
// TENCENTCLOUD_SECRETKEY, and the settings config/deployment.ts lists, in the environment.
// `--dry-run` prints the plan (secrets masked) and deploys nothing; either way a required setting
// that is missing stops it, named.
import fs from 'node:fs'
import path from 'node:path'
import CloudBase from '@cloudbase/manager-node'
import { buildFunctions, FUNCTIONS_OUT } from './build-functions'
import { cloudbaserc, deployPlan, indexChanges, printablePlan } from './deploy-plan'

const ROOT = path.resolve(__dirname, '..')
/** Where the built functions are, as project.config.json and cloudbaserc.json name it. */
const FUNCTION_ROOT = `${path.relative(ROOT, FUNCTIONS_OUT)}/`
import { runMain } from '../local-cloud/run-cli'
import { configProblems } from '../server/kernel/config'

async function main() {
  if (process.argv.includes('--write-cloudbaserc')) {
    // For deploying with the CloudBase CLI instead (`tcb fn deploy`); a unit test keeps it current.
    const file = path.join(ROOT, 'cloudbaserc.json')
    fs.writeFileSync(file, JSON.stringify(cloudbaserc(FUNCTION_ROOT), null, 2) + '\n')
    console.log(`wrote ${path.relative(process.cwd(), file)}`)
    return
  }
  await buildFunctions()
  const plan = deployPlan(process.env)
  const dryRun = process.argv.includes('--dry-run')
  const {
    TCB_ENV_ID: envId,
    TENCENTCLOUD_SECRETID: secretId,
    TENCENTCLOUD_SECRETKEY: secretKey,
  } = process.env
  // Present is not enough: a key of the wrong length would fail every function at its start.
  const invalid = plan.missing.length ? [] : configProblems(process.env)
  const missing = [
    ...plan.missing,
    ...invalid,
    ...(dryRun
      ? []
      : (['TCB_ENV_ID', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY'] as const)
    ).filter((name) => !process.env[name]),
  ]
  if (dryRun) console.log(JSON.stringify(printablePlan(plan), null, 2))
  if (missing.length) throw new Error(`settings missing or invalid: ${missing.join('; ')}`)
  if (dryRun) return
  const manager = new CloudBase({ envId, secretId, secretKey })
  for (const coll of plan.collections) {
    await manager.database.createCollectionIfNotExists(coll.name)
    const existing = (await manager.database.describeCollection(coll.name)).Indexes ?? []
    const { create, drop } = indexChanges(existing, coll.indexes)
    // A changed definition is dropped first, then created again under its name.
    if (drop.length)
      await manager.database.updateCollection(coll.name, {
        DropIndexes: drop.map((IndexName) => ({ IndexName })),
      })
    if (create.length) await manager.database.updateCollection(coll.name, { CreateIndexes: create })
    await manager.permission.modifyResourcePermission({
      resourceType: 'collection',
      resource: coll.name,
      permission: coll.permission,
    })
    console.log(
      `collection ${coll.name}: ${create.length} index(es) created, ${drop.length} changed`,
    )
  }
  for (const fn of plan.functions) {
    await manager.functions.createFunction({
      func: {
        name: fn.name,
        runtime: fn.runtime,
        timeout: fn.timeout,
        memorySize: fn.memorySize,
        installDependency: fn.installDependency,
        triggers: fn.triggers,
        envVariables: fn.envVariables,
      },
      functionRootPath: FUNCTIONS_OUT,
      force: true,
    })
    console.log(`function ${fn.name}: deployed`)
  }
}

runMain(main)

// `npm run repair-cards`: rebuilds every shop's stored card (the projection a scan reads) from the
// source collections — ratings, complaints, members and the shop itself. Events keep the cards
// current; this is for data written around them (a restore, a hand edit, a deploy that changed
// what the card shows). Safe to run at any time: each card is written conditionally on its
// version, like an event's. In the cloud it needs TCB_ENV_ID, TENCENTCLOUD_SECRETID and
// TENCENTCLOUD_SECRETKEY; `-- --data-dir .data` repairs the local stack's data instead (with
// `npm start` stopped: the local store is one process's).
import path from 'node:path'
import { parseArgs } from 'node:util'
import tcb from '@cloudbase/node-sdk'
import { repairCards } from '../server/domain/card-projection'
import { findDistrict } from '../server/repositories/districts'
import type { Database } from '../server/kernel/database'
import { CloudEndpoint, listen } from '../local-cloud/endpoint'
import { localSecret } from '../local-cloud/secrets'
import { LOCAL_ENV } from '../local-cloud/stack'
import { runMain } from '../local-cloud/run-cli'

async function main() {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } })
  const dataDir = values['data-dir']
  const { database, close } = dataDir ? await localDatabase(dataDir) : cloudDatabase()
  try {
    const district = await findDistrict(database)
    if (!district) throw new Error('no district: run `npm run setup` (or `npm start`) first')
    const started = Date.now()
    const repaired = await repairCards(database, district._id)
    console.log(
      `已重建 ${repaired} 个店铺的诚信档案卡片（${((Date.now() - started) / 1000).toFixed(1)} s）`,
    )
  } finally {
    await close()
  }
}

function cloudDatabase(): { database: Database; close: () => Promise<void> } {
  const {
    TCB_ENV_ID: env,
    TENCENTCLOUD_SECRETID: secretId,
    TENCENTCLOUD_SECRETKEY: secretKey,
  } = process.env
  const settings = {
    TCB_ENV_ID: env,
    TENCENTCLOUD_SECRETID: secretId,
    TENCENTCLOUD_SECRETKEY: secretKey,
  }
  const missing = Object.entries(settings).flatMap(([name, v]) => (v ? [] : [name]))
  if (missing.length) throw new Error(`missing: ${missing.join(', ')} (or pass --data-dir)`)
  return {
    database: tcb.init({ env, secretId, secretKey }).database(),
    close: async () => {},
  }
}

/** The local stack's database, served in-process from its data directory as `npm start` does. */
async function localDatabase(dataDir: string) {
  const apiKey = localSecret(dataDir, 'endpoint-api-key')
  const endpoint = new CloudEndpoint({ dataDir: path.join(dataDir, 'db'), apiKey })
  const { server, url } = await listen(endpoint, 0)
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: url })
  process.env.CLOUDBASE_APIKEY = apiKey
  process.env.TENCENTCLOUD = 'true'
  process.env.SILENCE = 'true'
  return {
    database: tcb.init({ env: LOCAL_ENV }).database() as Database,
    close: async () => {
      server.close()
      endpoint.close()
    },
  }
}

runMain(main)

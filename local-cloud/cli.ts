// `npm run emulator -- --port P --data-dir DIR [--api-key KEY]`: the database endpoint alone. It
// answers only requests carrying its key, given or generated once and kept in the data directory.
import { parseArgs } from 'node:util'
import { CloudEndpoint, listen } from './endpoint'
import { localSecret } from './secrets'
import { runMain, stopOnSignal } from './run-cli'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9090' },
    'data-dir': { type: 'string', default: '.data/emulator' },
    'api-key': { type: 'string' },
    'strict-indexes': { type: 'boolean', default: false },
  },
})

async function main() {
  const dataDir = values['data-dir']!
  const apiKey = values['api-key'] || localSecret(dataDir, 'endpoint-api-key')
  const endpoint = new CloudEndpoint({
    dataDir,
    strictIndexes: values['strict-indexes'],
    apiKey,
  })
  const { server, url } = await listen(endpoint, Number(values.port))
  console.log(`CloudBase-compatible database endpoint at ${url}`)
  console.log(`  data: ${dataDir}`)
  console.log(
    `  use:  TCB_CONTEXT_CNFG='{"URL":"${url}"}' CLOUDBASE_APIKEY=${apiKey} TENCENTCLOUD=true`,
  )
  stopOnSignal(() => {
    server.close()
    endpoint.close()
  })
}

runMain(main)

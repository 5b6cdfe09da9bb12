// `npm run emulator -- --port P --data-dir DIR`: the database endpoint alone.
import { parseArgs } from 'node:util'
import { CloudEndpoint, listen } from './endpoint'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9090' },
    'data-dir': { type: 'string', default: '.data/emulator' },
    'strict-indexes': { type: 'boolean', default: false },
  },
})

async function main() {
  const endpoint = new CloudEndpoint({
    dataDir: values['data-dir']!,
    strictIndexes: values['strict-indexes'],
  })
  const { server, url } = await listen(endpoint, Number(values.port))
  console.log(`CloudBase-compatible database endpoint at ${url}`)
  console.log(`  data: ${values['data-dir']}`)
  console.log(
    `  use:  TCB_CONTEXT_CNFG='{"URL":"${url}"}' CLOUDBASE_APIKEY=local TENCENTCLOUD=true`,
  )
  const stop = () => {
    server.close()
    endpoint.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})

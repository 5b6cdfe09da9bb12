// The whole local cloud on one machine: the database endpoint on a private port, the function runner
// pointed at the bundled functions, and the HTTP gateway that also serves the h5 build. The SDK
// inside the functions finds the endpoint through the same environment variables CloudBase sets.
import path from 'node:path'
import type http from 'node:http'
import { CloudEndpoint, listen } from './endpoint'
import { FunctionRunner } from './function-runner'
import { Gateway, listenGateway } from './gateway'
import { TokenSigner } from './tokens'
import { localSecret } from './secrets'
import { startTimers } from './timers'
import { tcb } from '../server/kernel/database'
import { isSeeded, seedDemoDistrict } from './seed/seed'

export const LOCAL_ENV = 'local'

export type StackOptions = {
  dataDir: string
  /** Gateway port; 0 picks a free one. */
  port: number
  functionsDir: string
  h5Dir?: string
  seed?: boolean
  strictIndexes?: boolean
  /** Run timer triggers (npm start does; tests call the timed actions themselves). */
  timers?: boolean
  /** Demo mode (npm start): /dev/login signs anybody in as any persona. Off by default. */
  demo?: boolean
}

export type Stack = {
  url: string
  endpointUrl: string
  endpoint: CloudEndpoint
  runner: FunctionRunner
  tokens: TokenSigner
  seeded: boolean
  stop: () => Promise<void>
}

/** Starts the endpoint, the runner and the gateway; resolves once the gateway is listening. */
export async function startStack(options: StackOptions): Promise<Stack> {
  // The endpoint answers only requests with this key; the SDK sends it from CLOUDBASE_APIKEY.
  const apiKey = localSecret(options.dataDir, 'endpoint-api-key')
  const endpoint = new CloudEndpoint({
    dataDir: path.join(options.dataDir, 'db'),
    strictIndexes: options.strictIndexes,
    apiKey,
  })
  const db = await listen(endpoint, 0)
  // The SDK reads the URL per request and the key when an app is created (see FIELD-NOTES), so
  // these are set before any function or the seed creates its app; no metadata probe.
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: db.url })
  process.env.CLOUDBASE_APIKEY = apiKey
  process.env.TENCENTCLOUD = 'true'
  process.env.TCB_ENV = LOCAL_ENV
  process.env.SILENCE = 'true'

  const runner = new FunctionRunner(options.functionsDir, LOCAL_ENV)
  endpoint.setFunctionInvoker((name, event) => runner.invoke(name, event, null, 'function'))
  const tokens = new TokenSigner(options.dataDir)
  const gateway = await listenGateway(
    new Gateway({
      runner,
      tokens,
      h5Dir: options.h5Dir,
      storageDir: path.join(options.dataDir, 'storage'),
      demo: options.demo ?? false,
    }),
    options.port,
  )

  // What production configures per environment: the shop-code signing keys (by version, so keys
  // can rotate), the key protecting members' personal data, where the h5 app lives, and that
  // identity-free local services are in use.
  process.env.SHOP_CODE_KEYS = JSON.stringify({
    '1': localSecret(options.dataDir, 'shop-code-key-1'),
  })
  process.env.SHOP_CODE_KEY_VERSION = '1'
  process.env.MEMBER_DATA_KEY = localSecret(options.dataDir, 'member-data-key')
  process.env.APP_H5_BASE_URL = gateway.url
  process.env.APP_MODE = 'local'
  const stopTimers = options.timers ? startTimers(runner) : () => {}

  let seeded = false
  if (options.seed) {
    // An app of its own: one made by an earlier stack in this process would hold that stack's key.
    const seedDb = tcb.init({ env: LOCAL_ENV }).database()
    if (!(await isSeeded(seedDb))) {
      await seedDemoDistrict(seedDb)
      seeded = true
    }
  }

  return {
    url: gateway.url,
    endpointUrl: db.url,
    endpoint,
    runner,
    tokens,
    seeded,
    stop: async () => {
      stopTimers()
      await Promise.all([close(gateway.server), close(db.server)])
      endpoint.close()
    },
  }
}

function close(server: http.Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

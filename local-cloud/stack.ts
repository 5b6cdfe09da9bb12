// The whole local cloud on one machine: the database endpoint on a private port, the function runner
// pointed at the bundled functions, and the HTTP gateway that also serves the h5 build. The SDK
// inside the functions finds the endpoint through the same environment variables CloudBase sets.
import path from 'node:path'
import type http from 'node:http'
import { CloudEndpoint, listen } from './endpoint'
import { FunctionRunner } from './function-runner'
import { Gateway, listenGateway } from './gateway'
import { TokenSigner } from '../server/services/session-tokens'
import { localSecret } from './secrets'
import { startTimers } from './timers'
import { tcb } from '../server/kernel/database'
import { isSeeded, seedDemoDistrict } from './seed/seed'
import { LOCAL_SUBSCRIBE_TEMPLATES } from './subscribe-templates'
import { latestOutbox } from '../server/repositories/outbox'

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

/**
 * Starts the endpoint, the runner and (once the demo seed is written) the gateway; resolves once
 * the gateway is listening, so its first answer already sees the seeded district.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  // The endpoint answers only requests with this key; the SDK sends it from CLOUDBASE_APIKEY.
  const apiKey = localSecret(options.dataDir, 'endpoint-api-key')
  const endpoint = new CloudEndpoint({
    dataDir: path.join(options.dataDir, 'db'),
    storageDir: path.join(options.dataDir, 'storage'),
    strictIndexes: options.strictIndexes,
    apiKey,
  })
  const db = await listen(endpoint, 0)
  try {
    configureEnvironment(options.dataDir, db.url, apiKey)
    const runner = new FunctionRunner(options.functionsDir, LOCAL_ENV)
    endpoint.setFunctionInvoker((name, event) => runner.invoke(name, event, null, 'function'))
    // Seeded before the gateway listens: a client that starts at once never sees a half-written
    // district. The seed needs no gateway URL (nothing in it draws a code image).
    const seeded = options.seed ? await seedOnce() : false
    const tokens = new TokenSigner(Buffer.from(process.env.WEB_SESSION_KEY!, 'hex'))
    const localDb = () => tcb.init({ env: LOCAL_ENV }).database()
    const gateway = await listenGateway(
      new Gateway({
        runner,
        tokens,
        h5Dir: options.h5Dir,
        demo: options.demo ?? false,
        outbox: () => latestOutbox(localDb(), 50),
      }),
      options.port,
    )
    // Where the h5 app lives (shop QR codes point there); set before any request is handled.
    process.env.APP_H5_BASE_URL = gateway.url
    const stopTimers = options.timers ? startTimers(runner) : () => {}
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
  } catch (err) {
    await close(db.server)
    endpoint.close()
    throw err
  }
}

/**
 * What the SDK and production configure per environment. The SDK reads the URL per request and
 * the key when an app is created (see FIELD-NOTES), so these are set before any function or the
 * seed creates its app; TENCENTCLOUD skips the metadata probe. Then the shop-code signing keys (by
 * version, so keys can rotate), the key protecting members' personal data, the key signing web
 * sign-ins, that identity-free
 * local services are in use, and the subscribe-message templates (their messages go to the outbox).
 */
function configureEnvironment(dataDir: string, endpointUrl: string, apiKey: string): void {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: endpointUrl })
  process.env.CLOUDBASE_APIKEY = apiKey
  process.env.TENCENTCLOUD = 'true'
  process.env.TCB_ENV = LOCAL_ENV
  process.env.SILENCE = 'true'
  process.env.SHOP_CODE_KEYS = JSON.stringify({ '1': localSecret(dataDir, 'shop-code-key-1') })
  process.env.SHOP_CODE_KEY_VERSION = '1'
  process.env.MEMBER_DATA_KEY = localSecret(dataDir, 'member-data-key')
  process.env.WEB_SESSION_KEY = localSecret(dataDir, 'web-session-key')
  process.env.APP_MODE = 'local'
  process.env.WX_SUBSCRIBE_TEMPLATES = JSON.stringify(LOCAL_SUBSCRIBE_TEMPLATES)
}

/** Writes the demo district unless it is there; whether it was written now. */
async function seedOnce(): Promise<boolean> {
  // An app of its own: one made by an earlier stack in this process would hold that stack's key.
  const db = tcb.init({ env: LOCAL_ENV }).database()
  if (await isSeeded(db)) return false
  await seedDemoDistrict(db)
  return true
}

function close(server: http.Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

// Starts the local CloudBase-compatible endpoint in-process on a free port and points the real
// @cloudbase/node-sdk at it. The SDK reads its target from process.env on every request and its key
// when an app is created (sdkDatabase), so the variables are set first; the latest endpoint started
// in a test file is the one used, with its own key.
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type http from 'node:http'
import { CloudEndpoint, listen } from '../../local-cloud/endpoint'
import { localSecret } from '../../local-cloud/secrets'
import { forwardTo } from './forward'

export type LocalEndpoint = {
  /** `app.database()` of an SDK instance bound to `env`. */
  db: any
  env: string
  url: string
  /** The key the endpoint requires (`Authorization: Bearer <apiKey>`), for raw requests. */
  apiKey: string
  dataDir: string
  endpoint: CloudEndpoint
  /** A database for another env on the same endpoint. */
  dbFor: (env: string) => any
  close: () => Promise<void>
}

export type StartOptions = { strictIndexes?: boolean; dataDir?: string }

/** Env names are unique per call so files and tests never see each other's data. */
export function uniqueEnv(prefix: string): string {
  return `${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
}

/** Points SDK apps created from now on at `url`, sending `apiKey` as their credential. */
export function pointSdkAt(url: string, apiKey: string): void {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: url })
  process.env.CLOUDBASE_APIKEY = apiKey
  process.env.TENCENTCLOUD = 'true'
  process.env.SILENCE = 'true'
}

export function sdkDatabase(env: string): any {
  const tcb = require('@cloudbase/node-sdk')
  return tcb.init({ env }).database()
}

/** A port nothing listens on now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`))
}

export async function startLocalEndpoint(
  envPrefix: string,
  options: StartOptions = {},
): Promise<LocalEndpoint> {
  const dataDir = options.dataDir ?? tempDir('local-cloud')
  const apiKey = localSecret(dataDir, 'endpoint-api-key')
  const endpoint = new CloudEndpoint({ dataDir, strictIndexes: options.strictIndexes, apiKey })
  const { server, url } = await listen(endpoint, 0)
  pointSdkAt(url, apiKey)
  const env = uniqueEnv(envPrefix)
  return {
    db: sdkDatabase(env),
    env,
    url,
    apiKey,
    dataDir,
    endpoint,
    dbFor: sdkDatabase,
    close: async () => {
      await closeServer(server)
      endpoint.close()
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** What a test file declares to use one endpoint; each part forwards to it once started. */
export type FileEndpoint = {
  local: LocalEndpoint
  /** The SDK's query and update commands (`db.command`). */
  _: any
  /** The named collection of the endpoint's env. */
  collection: (name: string) => any
}

/**
 * The endpoint of one test file (or describe block): started before its tests with `collections`
 * created, closed after them.
 */
export function fileEndpoint(
  envPrefix: string,
  options: StartOptions & { collections?: string[] } = {},
): FileEndpoint {
  let started: LocalEndpoint | undefined
  beforeAll(async () => {
    started = await startLocalEndpoint(envPrefix, options)
    for (const name of options.collections ?? []) await started.db.createCollection(name)
  })
  afterAll(() => started?.close())
  const notYet = `the ${envPrefix} endpoint is used before beforeAll started it`
  return {
    local: forwardTo(() => started, notYet),
    _: forwardTo(() => started?.db.command, notYet),
    collection: (name) => forwardTo(() => started?.db.collection(name), notYet),
  }
}

function closeServer(server: http.Server): Promise<void> {
  // Keep-alive sockets from the SDK would hold `close` open for a minute.
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

/** The CloudBase error code of a rejected SDK call (fails the test if the call succeeded). */
export async function errorCodeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call
  } catch (err) {
    return (err as { code?: string }).code ?? `no code: ${String(err)}`
  }
  throw new Error('expected the call to fail')
}

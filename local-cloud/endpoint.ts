// The CloudBase-compatible endpoint: @cloudbase/node-sdk POSTs `{ action, ...params }` to
// `TCB_CONTEXT_CNFG.URL` (here `http://127.0.0.1:P/admin`), and this answers as CloudBase does:
// HTTP 200 with `{ data, requestId }`, or `{ code, message, requestId }` for an error. Every request
// must carry the key the SDK sends for CLOUDBASE_APIKEY (`Authorization: Bearer <key>`). Cloud
// storage is here too (local-cloud/bucket.ts): its actions, and the upload and temporary URLs.
import http from 'node:http'
import crypto from 'node:crypto'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { COLLECTIONS } from '../types/collections'
import { DbError } from './errors'
import { handleDatabaseAction, type Params } from './database-actions'
import { StoreRegistry } from './store'
import { TransactionManager } from './transactions'
import { BodyTooLarge, parseTarget, readBody, sendJson } from './http-util'
import { LocalBucket } from './bucket'

const MAX_BODY = 16 * 1024 * 1024

/** Runs a function by name with a JSON-able event; the function runner provides it. */
export type FunctionInvoker = (name: string, event: unknown) => Promise<unknown>

export type EndpointOptions = {
  dataDir: string
  /** Fail queries that no declared index serves (tests use this to catch unindexed shapes). */
  strictIndexes?: boolean
  /** Requests must carry `Authorization: Bearer <apiKey>`, as the SDK sends CLOUDBASE_APIKEY. */
  apiKey: string
  /** Where stored files are kept; `<dataDir>/files` unless named. */
  storageDir?: string
}

export class CloudEndpoint {
  readonly registry: StoreRegistry
  private readonly transactions = new TransactionManager()
  private invoker: FunctionInvoker | null = null
  /** Database and function operations answered so far (benchmarks count operations per call). */
  operations = 0
  /**
   * Milliseconds each operation waits before it is answered: the round trip a deployed function
   * pays to reach its database, which this in-process store does not. The scale test sets it to
   * see bulk work as it would run in the cloud.
   */
  latencyMs = 0

  private readonly credential: Buffer
  readonly bucket: LocalBucket
  /** Where the SDK reaches this endpoint (`http://127.0.0.1:P`): upload and temporary URLs start so. */
  origin = 'http://127.0.0.1'

  constructor(options: EndpointOptions) {
    if (!options.apiKey) throw new Error('the endpoint needs an apiKey')
    this.credential = digest(`Bearer ${options.apiKey}`)
    // Storage URLs are signed with a key of their own, derived from the endpoint's.
    const urlKey = crypto.createHmac('sha256', options.apiKey).update('storage-urls').digest()
    this.bucket = new LocalBucket(options.storageDir ?? path.join(options.dataDir, 'files'), urlKey)
    this.registry = new StoreRegistry(options.dataDir, COLLECTIONS, {
      strictIndexes: options.strictIndexes,
    })
  }

  setFunctionInvoker(invoker: FunctionInvoker): void {
    this.invoker = invoker
  }

  /** Answers one SDK request; never throws. */
  async handle(params: Params, envFromUrl: string): Promise<Record<string, unknown>> {
    const requestId = crypto.randomBytes(8).toString('hex')
    this.operations += 1
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs))
    try {
      if (!params || typeof params !== 'object' || typeof params.action !== 'string') {
        throw new DbError('INVALID_PARAM', 'action is required')
      }
      const env = typeof params.envName === 'string' && params.envName ? params.envName : envFromUrl
      const action = params.action
      let reply: Record<string, unknown>
      if (action.startsWith('database.')) {
        reply = handleDatabaseAction(this.registry, this.transactions, env, params)
      } else if (action.startsWith('storage.')) {
        reply = this.bucket.handle(params, env, this.origin)
      } else if (action === 'functions.invokeFunction') {
        reply = await this.invokeFunction(params)
      } else {
        throw new DbError('INVALID_ACTION', `action ${action} is not supported`)
      }
      return { ...reply, requestId }
    } catch (err) {
      if (err instanceof DbError) return { code: err.code, message: err.message, requestId }
      return {
        code: 'DATABASE_REQUEST_FAILED',
        message: (err as Error).message ?? String(err),
        requestId,
      }
    }
  }

  private async invokeFunction(params: Params): Promise<Record<string, unknown>> {
    const name = params.function_name
    if (typeof name !== 'string' || !name)
      throw new DbError('INVALID_PARAM', 'function_name is required')
    if (!this.invoker) throw new DbError('FUNCTION_NOT_FOUND', `no functions are served here`)
    let event: unknown = {}
    if (typeof params.request_data === 'string' && params.request_data) {
      try {
        event = JSON.parse(params.request_data)
      } catch {
        throw new DbError('INVALID_PARAM', 'request_data is not JSON')
      }
    }
    const result = await this.invoker(name, event)
    return { data: { response_data: JSON.stringify(result ?? null) } }
  }

  /**
   * The HTTP face: POST /admin for the SDK, GET /admin/unindexed for the index advisor, and the
   * storage URLs, which carry their own signatures instead of the key (as COS's do).
   */
  async serveHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = parseTarget(req.url)
    if (!url) {
      sendJson(res, 400, { code: 'INVALID_PARAM', message: 'malformed request target' })
      return
    }
    if (await this.bucket.serveHttp(req, res, url)) return
    if (!this.authorised(req)) {
      sendJson(res, 200, { code: 'PERMISSION_DENIED', message: 'missing or invalid credential' })
      return
    }
    const env = url.searchParams.get('env') || 'default'
    if (req.method === 'GET' && url.pathname === '/admin/unindexed') {
      sendJson(res, 200, { env, queries: this.registry.forEnv(env).unindexedQueries() })
      return
    }
    if (req.method !== 'POST' || url.pathname !== '/admin') {
      sendJson(res, 404, {
        code: 'INVALID_PARAM',
        message: `no route ${req.method} ${url.pathname}`,
      })
      return
    }
    let params: Params
    try {
      params = JSON.parse(await readBody(req, MAX_BODY))
    } catch (err) {
      const message = err instanceof BodyTooLarge ? err.message : 'request body is not JSON'
      sendJson(res, 200, { code: 'INVALID_PARAM', message })
      return
    }
    sendJson(res, 200, await this.handle(params, env))
  }

  /** Whether the request carries exactly `Authorization: Bearer <apiKey>` (compared in constant time). */
  private authorised(req: http.IncomingMessage): boolean {
    return crypto.timingSafeEqual(digest(req.headers.authorization ?? ''), this.credential)
  }

  close(): void {
    this.registry.close()
  }
}

/** Fixed-length digests let timingSafeEqual compare texts of any length. */
function digest(text: string): Buffer {
  return crypto.createHash('sha256').update(text).digest()
}

/** Starts the endpoint alone on 127.0.0.1; `port` 0 picks a free one. */
export async function listen(
  endpoint: CloudEndpoint,
  port: number,
): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((req, res) => {
    endpoint
      .serveHttp(req, res)
      .catch((err) => sendJson(res, 500, { code: 'SYS_ERR', message: String(err) }))
  })
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: actual } = server.address() as AddressInfo
  endpoint.origin = `http://127.0.0.1:${actual}`
  return { server, url: `http://127.0.0.1:${actual}/admin` }
}

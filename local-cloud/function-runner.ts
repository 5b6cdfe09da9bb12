// Runs the bundled cloud functions (dist/functions/<name>/index.js) the way CloudBase does: each
// invocation gets its own `context` carrying the caller's identity in `environment`, so concurrent
// calls never share identity through process.env. The event is JSON-copied, as it crosses a wire
// in production.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'

export type CallerIdentity = { openid: string; appid?: string; unionid?: string }
export type InvokeSource = 'wx_client' | 'http' | 'function' | 'timer'

type Main = (event: unknown, context: unknown) => Promise<unknown>

/** CloudBase's default when a function's config.json sets no `timeout` (seconds). */
const DEFAULT_TIMEOUT_S = 20

export class FunctionNotFound extends Error {}

export class FunctionRunner {
  private readonly loaded = new Map<string, Main>()
  // Read once per deployment, like the module itself: CloudBase fixes a function's config at deploy.
  private readonly timeouts = new Map<string, number>()

  constructor(
    readonly functionsDir: string,
    private readonly envName: string,
  ) {}

  names(): string[] {
    if (!fs.existsSync(this.functionsDir)) return []
    return fs
      .readdirSync(this.functionsDir)
      .filter((n) => fs.existsSync(path.join(this.functionsDir, n, 'index.js')))
      .sort()
  }

  has(name: string): boolean {
    return (
      /^[a-z][a-zA-Z0-9_-]{0,63}$/.test(name) &&
      fs.existsSync(path.join(this.functionsDir, name, 'index.js'))
    )
  }

  async invoke(
    name: string,
    event: unknown,
    identity: CallerIdentity | null,
    source: InvokeSource,
  ): Promise<unknown> {
    const main = this.load(name)
    const limitMs = this.timeoutSeconds(name) * 1000
    const requestId = crypto.randomUUID()
    const context = {
      request_id: requestId,
      function_name: name,
      function_version: '$LATEST',
      namespace: this.envName,
      memory_limit_in_mb: 256,
      time_limit_in_ms: limitMs,
      environment: JSON.stringify(this.environment(identity, source, requestId)),
    }
    const copy = JSON.parse(JSON.stringify(event ?? {}))
    // wx.cloud.callFunction adds userInfo to the event; functions must not trust it, but it is there.
    if (identity && source === 'wx_client')
      copy.userInfo = { openId: identity.openid, appId: identity.appid ?? '' }
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`function ${name} timed out after ${limitMs} ms`)),
        limitMs,
      )
    })
    try {
      const result = await Promise.race([main(copy, context), timeout])
      return JSON.parse(JSON.stringify(result ?? null))
    } finally {
      clearTimeout(timer)
    }
  }

  /**
   * Identity as CloudBase puts it in the context: the mini-program caller's WX_OPENID, or for
   * the HTTP access service the signed-in CloudBase user (custom login) as TCB_CUSTOM_USER_ID.
   */
  private environment(identity: CallerIdentity | null, source: InvokeSource, requestId: string) {
    const wx = source === 'wx_client' ? identity : null
    const http = source === 'http' ? identity : null
    return {
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID',
      WX_OPENID: wx?.openid ?? '',
      WX_APPID: wx?.appid ?? '',
      WX_UNIONID: wx?.unionid ?? '',
      TCB_CONTEXT_KEYS: 'TCB_ENV,TCB_SEQID,TCB_SOURCE,TCB_CUSTOM_USER_ID',
      TCB_CUSTOM_USER_ID: http?.openid ?? '',
      TCB_ENV: this.envName,
      TCB_SEQID: requestId,
      TCB_SOURCE: source,
    }
  }

  /** The function's `timeout` from its config.json, as CloudBase reads it. */
  private timeoutSeconds(name: string): number {
    const known = this.timeouts.get(name)
    if (known !== undefined) return known
    const file = path.join(this.functionsDir, name, 'config.json')
    const timeout = fs.existsSync(file)
      ? Number(JSON.parse(fs.readFileSync(file, 'utf8')).timeout)
      : DEFAULT_TIMEOUT_S
    const seconds = Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_S
    this.timeouts.set(name, seconds)
    return seconds
  }

  private load(name: string): Main {
    const cached = this.loaded.get(name)
    if (cached) return cached
    if (!this.has(name)) throw new FunctionNotFound(`function ${name} does not exist`)
    // Each runner is a fresh deployment: a function's module state (its SDK app, created with the
    // key of the stack that first loaded it) must not carry over to a later stack in this process.
    // Jest gives every test file its own module registry instead and ignores this.
    const file = require.resolve(path.join(this.functionsDir, name, 'index.js'))
    delete require.cache[file]
    const mod = require(file) as { main?: Main }
    if (typeof mod.main !== 'function')
      throw new FunctionNotFound(`function ${name} exports no main`)
    this.loaded.set(name, mod.main)
    return mod.main
  }
}

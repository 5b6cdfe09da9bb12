// A stand-in for the WeChat mini-program runtime, just enough to run the built dist/weapp in Node:
// WeChat DevTools does not exist for Linux, so this is how CI sees the real weapp bundle render.
// It loads the files with a CommonJS-like `require`, provides fake `App`/`Page`/`Component`/`wx`,
// applies `setData` paths to each page's data and fires taps through Taro's event handler (`eh`).
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

export type CloudCall = { name: string; data: { action: string; data?: unknown } }
export type CloudResponder = (call: CloudCall) => unknown
export type ApiCall = { api: string; args: unknown }

/** A node of Taro's rendered tree as the page data holds it (short keys: cn, cl, sid, v). */
export type RenderNode = {
  cn?: RenderNode[]
  cl?: string
  sid?: string
  v?: string
  [k: string]: unknown
}

type PageConfig = Record<string, unknown> & {
  data?: Record<string, unknown>
  onLoad?: (query: Record<string, string>) => void
  onShow?: () => void
  onReady?: () => void
  eh?: (event: unknown) => unknown
}

export type PageInstance = PageConfig & {
  route: string
  data: { root?: RenderNode } & Record<string, unknown>
  setData: (patch: Record<string, unknown>, cb?: () => void) => void
}

export class MiniSandbox {
  readonly calls: ApiCall[] = []
  readonly cloudCalls: CloudCall[] = []
  /** Selector queries the page ran: what it selected and which fields it asked for. */
  readonly queries: { selector: string; fields: Record<string, unknown> }[] = []
  /** The canvas nodes handed out, by selector, with the 2d calls made on each. */
  readonly canvases = new Map<string, { drawn: { op: string; args: unknown[] }[] }>()
  readonly stack: PageInstance[] = []
  private readonly context: vm.Context
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly pageConfigs = new Map<string, PageConfig>()
  private appConfig: Record<string, unknown> | undefined
  private loadingRoute = ''
  private readonly storage = new Map<string, unknown>()

  constructor(
    private readonly root: string,
    private readonly respond: CloudResponder,
  ) {
    if (!fs.existsSync(path.join(root, 'app.js'))) {
      throw new Error(`${root}/app.js not found: run \`npm run build:weapp\` before this test`)
    }
    this.context = vm.createContext({
      console,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      queueMicrotask,
      wx: this.createWx(),
      App: (config: Record<string, unknown>) => {
        this.appConfig = config
      },
      Page: (config: PageConfig) => {
        this.pageConfigs.set(this.loadingRoute, config)
      },
      Component: () => undefined,
      Behavior: (b: unknown) => b,
      getApp: () => this.appConfig,
      getCurrentPages: () => [...this.stack],
      requirePlugin: () => ({}),
    })
  }

  /** Loads app.js and runs the app's onLaunch and onShow. */
  launch(): void {
    this.require(path.join(this.root, 'app.js'))
    if (!this.appConfig) throw new Error('app.js did not call App()')
    const app = this.appConfig as { onLaunch?: (o: unknown) => void; onShow?: (o: unknown) => void }
    const options = { path: 'pages/index/index', query: {}, scene: 1001 }
    app.onLaunch?.call(app, options)
    app.onShow?.call(app, options)
  }

  /** Loads a page's JS (as the runtime does on first visit) and runs onLoad/onShow/onReady. */
  open(route: string, query: Record<string, string> = {}): PageInstance {
    if (!this.pageConfigs.has(route)) {
      this.loadingRoute = route
      this.require(path.join(this.root, `${route}.js`))
      this.loadingRoute = ''
    }
    const config = this.pageConfigs.get(route)
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const page = Object.create(config) as PageInstance
    page.route = route
    ;(page as unknown as { __route__: string }).__route__ = route
    page.data = clone(config.data ?? {}) as PageInstance['data']
    page.setData = (patch, cb) => {
      for (const [key, value] of Object.entries(patch)) setPath(page.data, key, clone(value))
      if (cb) setTimeout(cb, 0)
    }
    this.stack.push(page)
    page.onLoad?.call(page, query)
    page.onShow?.call(page)
    page.onReady?.call(page)
    return page
  }

  /** Fires a tap on the rendered node with this sid, as WeChat would call the `eh` handler. */
  tap(page: PageInstance, node: RenderNode): void {
    if (!node.sid) throw new Error('node has no sid')
    const target = { id: node.sid, dataset: { sid: node.sid } }
    const event = { type: 'tap', timeStamp: Date.now(), target, currentTarget: target, detail: {} }
    if (typeof page.eh !== 'function') throw new Error('page has no event handler `eh`')
    page.eh.call(page, event)
  }

  /** Taps the control of class `className` on the page that shows exactly `text`. */
  tapText(page: PageInstance, className: string, text: string): void {
    this.tap(page, findByText(page.data.root, className, text))
  }

  /** Types into the rendered input or textarea with this sid, as WeChat fires `bindinput`. */
  input(page: PageInstance, node: RenderNode, value: string): void {
    if (!node.sid) throw new Error('node has no sid')
    const target = { id: node.sid, dataset: { sid: node.sid }, value }
    const event = {
      type: 'input',
      timeStamp: Date.now(),
      target,
      currentTarget: target,
      detail: { value, cursor: value.length },
    }
    if (typeof page.eh !== 'function') throw new Error('page has no event handler `eh`')
    page.eh.call(page, event)
  }

  /** Calls of one wx API, in order. */
  callsOf(api: string): unknown[] {
    return this.calls.filter((c) => c.api === api).map((c) => c.args)
  }

  private require(file: string): unknown {
    const resolved = file.endsWith('.js') ? file : `${file}.js`
    const cached = this.modules.get(resolved)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    this.modules.set(resolved, module)
    const source = fs.readFileSync(resolved, 'utf8')
    const wrapper = `(function (require, module, exports) {${source}\n})`
    const fn = vm.runInContext(wrapper, this.context, { filename: resolved }) as (
      r: (p: string) => unknown,
      m: { exports: unknown },
      e: unknown,
    ) => void
    const localRequire = (p: string) => this.require(path.resolve(path.dirname(resolved), p))
    fn(localRequire, module, module.exports)
    return module.exports
  }

  /** Values handed to the bundle are made in its own realm, so its instanceof checks hold. */
  private toSandbox<T>(value: T): T {
    const json = vm.runInContext('JSON', this.context) as JSON
    return value === undefined ? value : (json.parse(JSON.stringify(value)) as T)
  }

  /** A canvas node like the 2d canvas WeChat gives: sized, and recording every context call. */
  private canvasNode(selector: string) {
    const record = { drawn: [] as { op: string; args: unknown[] }[] }
    this.canvases.set(selector, record)
    const state: Record<string | symbol, unknown> = {}
    const context: object = new Proxy(state, {
      get: (target, key) => {
        if (key in target) return target[key]
        if (key === 'measureText') return (text: string) => ({ width: String(text).length * 7 })
        return (...args: unknown[]) => {
          record.drawn.push({ op: String(key), args })
          return { addColorStop: () => undefined }
        }
      },
      set: (target, key, value) => {
        target[key] = value
        return true
      },
    })
    return { width: 343, height: 240, getContext: () => context, createImage: () => ({}) }
  }

  private createWx(): Record<string, unknown> {
    const record = (api: string, args: unknown) => this.calls.push({ api, args })
    // Async APIs call success/complete like WeChat does.
    const asyncApi =
      (
        api: string,
        result: (args: Record<string, unknown>) => unknown = () => ({ errMsg: `${api}:ok` }),
      ) =>
      (args: Record<string, unknown> = {}) => {
        record(api, args)
        const res = this.toSandbox(result(args))
        setTimeout(() => {
          ;(args.success as ((r: unknown) => void) | undefined)?.(res)
          ;(args.complete as ((r: unknown) => void) | undefined)?.(res)
        }, 0)
      }
    const systemInfo = {
      platform: 'devtools',
      system: 'Linux',
      windowWidth: 375,
      windowHeight: 667,
      screenWidth: 375,
      screenHeight: 667,
      pixelRatio: 2,
      statusBarHeight: 20,
      language: 'zh_CN',
      version: '8.0.50',
      SDKVersion: '3.5.0',
      safeArea: { top: 20, bottom: 667, left: 0, right: 375, width: 375, height: 647 },
    }
    // A query for a `<Canvas type="2d">` node (fields { node: true }) is answered with a canvas
    // whose 2d context records what is drawn; other queries find nothing, as before layout.
    const selectorQuery = () => {
      let selector = ''
      let fields: Record<string, unknown> = {}
      const query = {
        in: () => query,
        select: (s: string) => ((selector = s), query),
        selectAll: () => query,
        selectViewport: () => query,
        boundingClientRect: () => query,
        scrollOffset: () => query,
        fields: (f: Record<string, unknown>) => ((fields = f), query),
        exec: (cb?: (r: unknown[]) => void) => {
          this.queries.push({ selector, fields })
          const found = fields.node
            ? [{ node: this.canvasNode(selector), width: 343, height: 240 }]
            : []
          setTimeout(() => cb?.(found), 0)
        },
      }
      return query
    }
    return {
      getSystemInfoSync: () => this.toSandbox(systemInfo),
      getWindowInfo: () => this.toSandbox(systemInfo),
      getDeviceInfo: () => this.toSandbox(systemInfo),
      getAppBaseInfo: () => this.toSandbox(systemInfo),
      getSystemInfo: asyncApi('getSystemInfo', () => systemInfo),
      getMenuButtonBoundingClientRect: () => ({
        top: 24,
        bottom: 56,
        left: 281,
        right: 368,
        width: 87,
        height: 32,
      }),
      createSelectorQuery: selectorQuery,
      getStorageSync: (key: string) => this.storage.get(key) ?? '',
      setStorageSync: (key: string, value: unknown) => void this.storage.set(key, value),
      removeStorageSync: (key: string) => void this.storage.delete(key),
      navigateTo: asyncApi('navigateTo'),
      redirectTo: asyncApi('redirectTo'),
      reLaunch: asyncApi('reLaunch'),
      navigateBack: asyncApi('navigateBack'),
      switchTab: asyncApi('switchTab'),
      setNavigationBarTitle: asyncApi('setNavigationBarTitle'),
      showToast: asyncApi('showToast'),
      makePhoneCall: asyncApi('makePhoneCall'),
      // A generated document: downloaded from its temporary URL, then opened by the system viewer.
      downloadFile: asyncApi('downloadFile', (args) => ({
        errMsg: 'downloadFile:ok',
        statusCode: 200,
        filePath: args.filePath,
      })),
      openDocument: asyncApi('openDocument'),
      // The person accepts every template they are asked about.
      requestSubscribeMessage: asyncApi('requestSubscribeMessage', (args) => ({
        errMsg: 'requestSubscribeMessage:ok',
        ...Object.fromEntries(((args.tmplIds as string[]) ?? []).map((id) => [id, 'accept'])),
      })),
      hideToast: asyncApi('hideToast'),
      showLoading: asyncApi('showLoading'),
      hideLoading: asyncApi('hideLoading'),
      nextTick: (cb: () => void) => setTimeout(cb, 0),
      onAppShow: () => undefined,
      onAppHide: () => undefined,
      offAppShow: () => undefined,
      offAppHide: () => undefined,
      canIUse: () => true,
      env: { USER_DATA_PATH: 'wxfile://usr' },
      cloud: {
        DYNAMIC_CURRENT_ENV: 'dynamic-current-env',
        init: (options: unknown) => record('cloud.init', options),
        callFunction: (options: CloudCall) => {
          const call = JSON.parse(
            JSON.stringify({ name: options.name, data: options.data }),
          ) as CloudCall
          record('cloud.callFunction', call)
          this.cloudCalls.push(call)
          const SandboxPromise = vm.runInContext('Promise', this.context) as PromiseConstructor
          return new SandboxPromise((resolve, reject) => {
            setTimeout(() => {
              try {
                resolve(
                  this.toSandbox({ result: this.respond(call), errMsg: 'cloud.callFunction:ok' }),
                )
              } catch (err) {
                reject(err)
              }
            }, 0)
          })
        },
      },
    }
  }
}

/** The canned reply to `user.me` for a signed-in user with these roles and no shops or branches. */
/** A canned reply, or how to answer one call (for replies that depend on it or on earlier calls). */
export type Canned = unknown | ((call: CloudCall) => unknown)

/**
 * The cloud of a test: each call answered with the reply canned under `function.action`
 * (`wish.get`), and NOT_FOUND, naming the call, for anything not canned.
 */
export function cannedCloud(replies: Record<string, Canned>): CloudResponder {
  return (call) => {
    const key = `${call.name}.${call.data.action}`
    const reply = replies[key]
    if (reply === undefined)
      return { ok: false, error: { code: 'NOT_FOUND', message: `no canned reply for ${key}` } }
    return typeof reply === 'function' ? reply(call) : reply
  }
}

export function meReply(userId: string, nickname: string, roles: string[]) {
  return { ok: true, data: { userId, nickname, roles, shopIds: [], orgIds: [], isNew: false } }
}

/** Every node of a rendered tree, depth first. */
export function nodesOf(node: RenderNode | undefined): RenderNode[] {
  if (!node) return []
  return [node, ...(node.cn ?? []).flatMap(nodesOf)]
}

/** The text a rendered tree shows, in order. */
export function textOf(node: RenderNode | undefined): string {
  return nodesOf(node)
    .map((n) => (typeof n.v === 'string' ? n.v : ''))
    .join('')
}

/** Nodes whose class list holds `className`. */
export function findByClass(node: RenderNode | undefined, className: string): RenderNode[] {
  return nodesOf(node).filter(
    (n) => typeof n.cl === 'string' && n.cl.split(/\s+/).includes(className),
  )
}

/** The node of class `className` that shows exactly `text` (fails the test when there is none). */
function findByText(node: RenderNode | undefined, className: string, text: string): RenderNode {
  const found = findByClass(node, className).find((n) => textOf(n) === text)
  if (!found) throw new Error(`no .${className} showing ${text}`)
  return found
}

/** Resolves once `predicate` holds, checking after each turn of the event loop. */
export async function waitFor(
  predicate: () => boolean,
  what: string,
  timeoutMs = 3000,
): Promise<void> {
  const start = Date.now()
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

/** Applies one setData key such as `root.cn.[0].cn.[2].v` or `root.cn[1].cl`. */
function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts: (string | number)[] = []
  const re = /\[(\d+)\]|([^.[\]]+)/g
  for (let m = re.exec(key); m; m = re.exec(key))
    parts.push(m[1] !== undefined ? Number(m[1]) : m[2])
  let cursor: Record<string | number, unknown> = target
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      cursor[part] = value
      return
    }
    if (cursor[part] === undefined || cursor[part] === null) {
      cursor[part] = typeof parts[i + 1] === 'number' ? [] : {}
    }
    cursor = cursor[part] as Record<string | number, unknown>
  })
}

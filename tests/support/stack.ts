// Starts the whole local cloud (endpoint, runner over the bundled functions, gateway) on free
// ports with a fresh data directory, and gives tests the calls a client makes.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startStack, type Stack } from '../../local-cloud/stack'
import type { CallerIdentity } from '../../local-cloud/function-runner'
import { forwardTo } from './forward'
import { DecisionTally } from './decisions'

export const ROOT = path.resolve(__dirname, '..', '..')
export const FUNCTIONS_DIR = path.join(ROOT, 'dist', 'functions')
export const H5_DIR = path.join(ROOT, 'dist', 'h5')

export type TestStack = Stack & {
  dataDir: string
  /** POST /api/<fn> as the given openid (null: no token), with any extra headers; the status and body. */
  http: (
    openid: string | null,
    fn: string,
    body: unknown,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: any }>
  /** Invokes a function as the mini-program would (wx.cloud.callFunction), identity in context. */
  weapp: (openid: string | null, fn: string, event: unknown) => Promise<any>
  /** Invokes `fn` as the platform's timer does when its trigger `trigger` fires. */
  timer: (fn: string, trigger: string) => Promise<any>
  token: (openid: string) => string
}

/**
 * The stack of one test file: started before its tests, stopped after them. What it returns
 * stands for that stack (it forwards to it once started), so a file declares it in one line.
 */
export function fileStack(options: Parameters<typeof startTestStack>[0] = {}): TestStack {
  let started: TestStack | undefined
  beforeAll(async () => {
    started = await startTestStack(options)
  })
  afterAll(() => started?.stop())
  return forwardTo(() => started, 'the test stack is used before beforeAll started it')
}

/** A stack on a fresh data directory; `demo: true` serves /dev/login (browser tests sign in there). */
export async function startTestStack(
  options: { seed?: boolean; h5?: boolean; strictIndexes?: boolean; demo?: boolean } = {},
): Promise<TestStack> {
  if (!fs.existsSync(path.join(FUNCTIONS_DIR, 'user', 'index.js'))) {
    throw new Error('dist/functions is missing: run `npm run build:functions` first')
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rbd-stack-'))
  const stack = await startStack({
    dataDir,
    port: 0,
    functionsDir: FUNCTIONS_DIR,
    h5Dir: options.h5 ? H5_DIR : undefined,
    seed: options.seed ?? true,
    strictIndexes: options.strictIndexes ?? true,
    demo: options.demo ?? false,
  })
  const token = (openid: string) => stack.tokens.issue(openid)
  const decisions = new DecisionTally()
  return {
    ...stack,
    dataDir,
    token,
    http: async (openid, fn, body, headers = {}) => {
      const res = await fetch(`${stack.url}api/${fn}`, {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          ...(openid ? { authorization: `Bearer ${token(openid)}` } : {}),
        },
        body: JSON.stringify(body),
      })
      const reply = { status: res.status, body: await res.json() }
      if (reply.status === 200 && reply.body?.ok) decisions.note(openid, fn, body)
      return reply
    },
    weapp: async (openid, fn, event) => {
      const identity: CallerIdentity | null = openid ? { openid, appid: 'wx-demo-appid' } : null
      const reply = await stack.runner.invoke(fn, event, identity, 'wx_client')
      if ((reply as { ok?: boolean } | undefined)?.ok) decisions.note(openid, fn, event)
      return reply
    },
    timer: (fn, trigger) => {
      const event = { Type: 'Timer', TriggerName: trigger, Time: new Date().toISOString() }
      return stack.runner.invoke(fn, event, null, 'timer')
    },
    stop: async () => {
      // Read before stopping: the log must hold every decision this file saw succeed.
      const log = stack.endpoint.registry.forEnv('local').dump('audit_log') as { action: string }[]
      const missing = decisions.missingFrom(log)
      await stack.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
      expect({ decisionsNotInTheAuditLog: missing }).toEqual({ decisionsNotInTheAuditLog: [] })
    },
  }
}

/** Every query the functions have made on this stack was served by a declared index. */
export function expectEveryQueryIndexed(stack: Stack): void {
  expect(stack.endpoint.registry.forEnv('local').unindexedQueries()).toEqual([])
}

/** Every document of every collection, as a database dump would hold them. */
export function dumpDatabase(stack: Stack): Record<string, unknown[]> {
  const store = stack.endpoint.registry.forEnv('local')
  return Object.fromEntries(store.collectionNames().map((name) => [name, store.dump(name)]))
}

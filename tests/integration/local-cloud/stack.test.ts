// The whole local stack as a client first meets it: the gateway answers only once the demo district
// is written, /dev/* exists only in demo mode, and the database endpoint refuses every request that
// does not carry the stack's own key.
import fs from 'node:fs'
import path from 'node:path'
import { startStack, type Stack } from '../../../local-cloud/stack'
import { rawRequest, type RawReply } from '../../support/raw-http'
import { dumpDatabase, FUNCTIONS_DIR } from '../../support/stack'
import { freePort, tempDir } from '../../support/local-endpoint'

let stack: Stack
let dataDir: string
let firstReply: RawReply

/** Asks for the district overview until something answers; the first answer. */
async function firstAnswer(url: string): Promise<RawReply> {
  for (;;) {
    try {
      return await rawRequest(url, {
        method: 'POST',
        path: '/api/district',
        headers: { 'content-type': 'application/json' },
        body: '{"action":"overview"}',
      })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ECONNREFUSED') throw err
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
  }
}

beforeAll(async () => {
  dataDir = tempDir('rbd-stack')
  const port = await freePort()
  const starting = startStack({
    dataDir,
    port,
    functionsDir: FUNCTIONS_DIR,
    seed: true,
    strictIndexes: true,
    // as startStack's default: no demo sign-in
  })
  // Polled while the stack starts (a failed start fails the file rather than polling forever).
  firstReply = await Promise.race([
    firstAnswer(`http://127.0.0.1:${port}/`),
    starting.then(() => new Promise<never>(() => {})),
  ])
  stack = await starting
})
afterAll(async () => {
  await stack?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

test('the first request the gateway answers already sees the seeded district', () => {
  const { status, json } = firstReply
  expect({ status, name: json?.data?.name, error: json?.error }).toEqual({
    status: 200,
    name: '红星路商圈',
  })
})

test('without demo mode there is no /dev/login or /dev/personas', async () => {
  const login = await rawRequest(stack.url, {
    method: 'POST',
    path: '/dev/login',
    headers: { 'content-type': 'application/json' },
    body: '{"persona":"admin"}',
  })
  const personas = await rawRequest(stack.url, { path: '/dev/personas' })
  expect([login, personas].map((r) => ({ status: r.status, body: r.json }))).toEqual([
    {
      status: 404,
      body: { ok: false, error: { code: 'NOT_FOUND', message: '没有这个地址：/dev/login' } },
    },
    {
      status: 404,
      body: { ok: false, error: { code: 'NOT_FOUND', message: '没有这个地址：/dev/personas' } },
    },
  ])
})

describe('the database endpoint', () => {
  const keyFile = () => path.join(dataDir, 'endpoint-api-key.secret')
  const apiKey = () =>
    fs.existsSync(keyFile()) ? fs.readFileSync(keyFile(), 'utf8') : 'no key file'
  const intruder = JSON.stringify({ _id: 'intruder', openid: 'intruder', roles: ['admin'] })
  const insert = JSON.stringify({
    action: 'database.insertDocument',
    envName: 'local',
    collectionName: 'users',
    data: [intruder],
  })
  const post = (authorization?: string) =>
    rawRequest(stack.endpointUrl, {
      method: 'POST',
      path: '/admin?env=local',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: insert,
    })

  test('is given the key kept in the data directory, the one the SDK sends', () => {
    expect(apiKey()).toMatch(/^[0-9a-f]{64}$/)
    expect(process.env.CLOUDBASE_APIKEY).toBe(apiKey())
  })

  test('refuses a request without the key, or with anything but exactly it, and changes nothing', async () => {
    const before = dumpDatabase(stack)
    const key = apiKey()
    const variants: Record<string, string | undefined> = {
      'no header': undefined,
      'the old literal': 'Bearer local',
      'a wrong key': `Bearer ${'0'.repeat(64)}`,
      'the key without Bearer': key,
      'lowercase bearer': `bearer ${key}`,
      'the key and more': `Bearer ${key}0`,
      'part of the key': `Bearer ${key.slice(0, 32)}`,
    }
    const answers: Record<string, string> = {}
    for (const [name, authorization] of Object.entries(variants)) {
      const res = await post(authorization)
      answers[name] = `${res.status} ${res.json?.code ?? 'accepted'}`
    }
    const advisor = await rawRequest(stack.endpointUrl, { path: '/admin/unindexed?env=local' })
    answers['GET /admin/unindexed'] = `${advisor.status} ${advisor.json?.code ?? 'accepted'}`
    expect(answers).toEqual(
      Object.fromEntries(Object.keys(answers).map((name) => [name, '200 PERMISSION_DENIED'])),
    )
    expect(dumpDatabase(stack)).toEqual(before)
  })

  test('accepts exactly what the SDK sends for CLOUDBASE_APIKEY', async () => {
    const res = await rawRequest(stack.endpointUrl, {
      method: 'POST',
      path: '/admin?env=local',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey()}` },
      body: JSON.stringify({
        action: 'database.getDocument',
        envName: 'local',
        collectionName: 'districts',
        query: '{}',
      }),
    })
    expect(res.json.code).toBeUndefined()
    expect(res.json.data.list).toHaveLength(1)
  })
})

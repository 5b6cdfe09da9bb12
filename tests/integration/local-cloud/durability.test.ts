// Every acknowledged write survives a SIGKILL of the emulator process: the CLI runs as a child, we
// write through the SDK, kill -9 it, start a new child on the same data dir and read everything back.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import fs from 'node:fs'
import { freePort, pointSdkAt, sdkDatabase, tempDir, uniqueEnv } from '../../support/local-endpoint'

jest.setTimeout(120_000)

const ROOT = path.resolve(__dirname, '../../..')
const CLI = path.join(ROOT, 'local-cloud/cli.ts')
const DOCS = 300

type Emulator = { child: ChildProcess; url: string; apiKey: string }

/** Starts the CLI and resolves once it prints its URL and key. */
async function startEmulator(dataDir: string): Promise<Emulator> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, '--port', String(port), '--data-dir', dataDir],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const [url, apiKey] = await new Promise<[string, string]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`emulator did not start:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const found = /endpoint at (http:\/\/\S+)[\s\S]*CLOUDBASE_APIKEY=(\S+)/.exec(output)
      if (found) {
        clearTimeout(timer)
        resolve([found[1], found[2]])
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`emulator exited with ${code}:\n${output}`))
    })
  })
  child.removeAllListeners('exit')
  return { child, url, apiKey }
}

function killHard(child: ChildProcess): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    child.once('exit', (_code, signal) => resolve(signal))
    child.kill('SIGKILL')
  })
}

let dataDir: string
let running: ChildProcess | null = null

beforeAll(() => {
  dataDir = tempDir('durability')
})
afterAll(async () => {
  if (running && running.exitCode === null && running.signalCode === null) await killHard(running)
  fs.rmSync(dataDir, { recursive: true, force: true })
})

test('acknowledged writes survive kill -9 of the emulator', async () => {
  const env = uniqueEnv('durable')
  const first = await startEmulator(dataDir)
  running = first.child
  pointSdkAt(first.url, first.apiKey)
  const db = sdkDatabase(env)
  const _ = db.command
  await db.createCollection('notes')
  const notes = db.collection('notes')

  // Each write is awaited (acknowledged) before it counts; 10 in flight at a time.
  const ids: string[] = []
  for (let i = 0; i < DOCS; i += 10) {
    const batch = Array.from({ length: 10 }, (_unused, j) => i + j)
    const added = await Promise.all(batch.map((n) => notes.add({ n, body: `note ${n}` })))
    ids.push(...added.map((r: { id: string }) => r.id))
  }
  for (let i = 0; i < 25; i++) await notes.doc(ids[0]).update({ edits: _.inc(1) })
  await notes.doc(ids[1]).remove()
  await db.collection('users').add({ _id: 'durable-user', openid: 'durable-openid' })

  const signal = await killHard(first.child)
  expect(signal).toBe('SIGKILL')

  const second = await startEmulator(dataDir)
  running = second.child
  // The key was kept in the data directory: the second start uses the same one.
  expect(second.apiKey).toBe(first.apiKey)
  pointSdkAt(second.url, second.apiKey)
  const again = sdkDatabase(env).collection('notes')
  expect((await again.count()).total).toBe(DOCS - 1)
  const stored: { _id: string; n: number; body: string; edits?: number }[] = []
  for (let offset = 0; offset < DOCS; offset += 1000) {
    stored.push(...(await again.orderBy('n', 'asc').skip(offset).limit(1000).get()).data)
  }
  const expected = ids
    .map((id, n) => ({ _id: id, n, body: `note ${n}`, ...(n === 0 ? { edits: 25 } : {}) }))
    .filter((d) => d.n !== 1)
  expect(stored).toEqual(expected)

  // Unique index entries came back with the documents.
  const users = sdkDatabase(env).collection('users')
  await expect(users.add({ openid: 'durable-openid' })).rejects.toMatchObject({
    code: 'DATABASE_DUPLICATE_WRITE',
  })
  expect((await users.where({ openid: 'durable-openid' }).get()).data[0]._id).toBe('durable-user')

  await killHard(second.child)
  running = null
})

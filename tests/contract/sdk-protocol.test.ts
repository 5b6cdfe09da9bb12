// Contract with the pinned @cloudbase/node-sdk: the exact actions and parameter shapes it sends
// for each kind of call, recorded by a small HTTP server (which forwards to the local endpoint so
// the SDK gets real answers) and compared with the committed sdk-protocol.snapshot.json.
//
// The snapshot is written only on request, never by CI:
//   UPDATE_SDK_CONTRACT=1 npx jest tests/contract --selectProjects integration
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { CloudEndpoint } from '../../local-cloud/endpoint'
import { pointSdkAt, sdkDatabase, tempDir } from '../support/local-endpoint'

const SNAPSHOT = path.join(__dirname, 'sdk-protocol.snapshot.json')
const ENV = 'contract-env'

/** Fields whose value is an EJSON string: their shape is recorded from the parsed text. */
const EJSON_FIELDS = new Set(['query', 'data', 'order', 'projection', 'stageValue'])
/** Protocol constants recorded as values: which action, and the flags that change its meaning. */
const LITERAL_FIELDS = new Set([
  'action',
  'queryType',
  'multi',
  'merge',
  'upsert',
  'stageKey',
  'limit',
  'offset',
])

type Shape = string | Shape[] | { [key: string]: Shape }
type RecordedRequest = { method: string; path: string; urlParams: string[]; body: Shape }

/** Values replaced by their types, keys kept (and sorted when written out). */
function shapeOf(value: unknown, key = ''): Shape {
  if (value === null) return 'null'
  if (LITERAL_FIELDS.has(key) && typeof value !== 'object')
    return `${typeof value}:${String(value)}`
  if (Array.isArray(value)) return value.map((v) => shapeOf(v, key))
  if (typeof value === 'string' && EJSON_FIELDS.has(key)) {
    try {
      return { ejson: shapeOf(JSON.parse(value)) }
    } catch {
      return 'string'
    }
  }
  if (typeof value === 'object') {
    const out: Record<string, Shape> = {}
    for (const k of Object.keys(value as object).sort()) {
      out[k] = shapeOf((value as Record<string, unknown>)[k], k)
    }
    return out
  }
  return typeof value
}

/** JSON with every object's keys sorted, so the committed file diffs cleanly. */
function sortedJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort)
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      )
    }
    return v
  }
  return `${JSON.stringify(sort(value), null, 2)}\n`
}

let server: http.Server
let endpoint: CloudEndpoint
let dataDir: string
let current: RecordedRequest[] = []

beforeAll(async () => {
  dataDir = tempDir('contract')
  // The recorder calls handle() directly: the key is never checked here, only required.
  endpoint = new CloudEndpoint({ dataDir, apiKey: 'contract-recorder' })
  endpoint.setFunctionInvoker(async (name, event) => ({ name, event }))
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://recorder')
    if (url.pathname !== '/admin') {
      // Storage's upload and temporary URLs (COS in production): recorded by method, the path's
      // first two segments and the headers sent, then answered by the endpoint itself.
      current.push({
        method: req.method ?? '',
        path: url.pathname.split('/').slice(0, 3).join('/'),
        urlParams: [...url.searchParams.keys()].sort(),
        body: shapeOf(storageHeaders(req.headers)),
      })
      void endpoint.serveHttp(req, res)
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
      current.push({
        method: req.method ?? '',
        path: url.pathname,
        urlParams: [...url.searchParams.keys()].sort(),
        body: shapeOf(body),
      })
      const reply = await endpoint.handle(body, 'default')
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(reply))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // Upload and temporary URLs point back at the recorder, so those requests are recorded too.
  endpoint.origin = origin
  pointSdkAt(`${origin}/admin`, 'contract-recorder')
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  endpoint.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** The headers of a storage request that carry meaning (not the transport's own). */
function storageHeaders(headers: http.IncomingHttpHeaders): Record<string, unknown> {
  const kept = ['authorization', 'signature', 'key', 'x-cos-meta-fileid', 'x-cos-security-token']
  return {
    headers: Object.fromEntries(kept.filter((k) => k in headers).map((k) => [k, headers[k]])),
  }
}

/** Runs one kind of call and returns the requests it sent. */
async function record(call: () => Promise<unknown>): Promise<RecordedRequest[]> {
  current = []
  await call()
  const sent = current
  current = []
  return sent
}

test('the SDK is the pinned version', () => {
  expect(require('@cloudbase/node-sdk/package.json').version).toBe('3.18.3')
})

test('the SDK sends exactly the recorded actions and parameter shapes', async () => {
  const app = require('@cloudbase/node-sdk').init({ env: ENV })
  const db = sdkDatabase(ENV)
  const _ = db.command
  const $ = _.aggregate
  const notes = () => db.collection('notes')
  const recorded: Record<string, RecordedRequest[]> = {}

  recorded.createCollection = await record(() => db.createCollection('notes'))
  recorded.add = await record(() =>
    notes().add({ _id: 'n1', n: 1, title: 'one', at: new Date(0), created: db.serverDate() }),
  )
  recorded.addMany = await record(() => notes().add([{ n: 2 }, { n: 3.5 }]))
  recorded.getWhereOrderLimitSkipField = await record(() =>
    notes()
      .where({ n: _.gt(0).and(_.lt(10)), title: db.RegExp({ regexp: '^o', options: 'i' }) })
      .orderBy('n', 'desc')
      .skip(1)
      .limit(5)
      .field({ n: true, title: true })
      .get(),
  )
  recorded.getDefault = await record(() => notes().get())
  recorded.count = await record(() =>
    notes()
      .where({ n: _.in([1, 2]) })
      .count(),
  )
  recorded.docGet = await record(() => notes().doc('n1').get())
  recorded.docUpdate = await record(() =>
    notes()
      .doc('n1')
      .update({ n: _.inc(1), tags: _.push('x'), 'meta.seen': true }),
  )
  recorded.docSet = await record(() => notes().doc('n1').set({ title: 'replaced' }))
  recorded.whereUpdate = await record(() =>
    notes()
      .where({ n: _.gte(2) })
      .update({ big: true }),
  )
  recorded.updateAndReturn = await record(() =>
    notes()
      .where({ _id: 'n1' })
      .updateAndReturn({ n: _.inc(1) }),
  )
  recorded.aggregate = await record(() =>
    notes()
      .aggregate()
      .match({ n: _.gt(0) })
      .unwind('$tags')
      .lookup({ from: 'notes', localField: '_id', foreignField: '_id', as: 'self' })
      .group({ _id: '$big', total: $.sum('$n') })
      .project({ total: 1 })
      .sort({ total: -1 })
      .skip(0)
      .limit(10)
      .count('groups')
      .end(),
  )
  recorded.docRemove = await record(() => notes().doc('n1').remove())
  recorded.whereRemove = await record(() => notes().where({ big: true }).remove())
  recorded.runTransactionCommit = await record(() =>
    db.runTransaction(async (tx: any) => {
      await tx.collection('notes').add({ _id: 'tx1', n: 1 })
      const doc = await tx.collection('notes').doc('tx1').get()
      await tx
        .collection('notes')
        .doc('tx1')
        .update({ n: doc.data.n + 1 })
      await tx.collection('notes').doc('tx1').set({ n: 9 })
      await tx.collection('notes').doc('tx1').remove()
    }),
  )
  recorded.transactionRollback = await record(async () => {
    const tx = await db.startTransaction()
    await tx.collection('notes').doc('tx2').get()
    await tx.rollback()
  })
  const fileContent = Buffer.from('%PDF-1.7 contract')
  let fileID = ''
  recorded.uploadFile = await record(async () => {
    fileID = (await app.uploadFile({ cloudPath: 'exports/contract.pdf', fileContent })).fileID
  })
  recorded.getTempFileURL = await record(() =>
    app.getTempFileURL({ fileList: [{ fileID, maxAge: 600 }] }),
  )
  recorded.downloadFile = await record(async () => {
    expect((await app.downloadFile({ fileID })).fileContent).toEqual(fileContent)
  })
  recorded.deleteFile = await record(() => app.deleteFile({ fileList: [fileID] }))
  recorded.callFunction = await record(() =>
    app.callFunction({ name: 'hello', data: { a: 1, b: 'two' } }),
  )

  if (process.env.UPDATE_SDK_CONTRACT === '1') {
    fs.writeFileSync(SNAPSHOT, sortedJson(recorded))
    // Formatted by Prettier (in a child: it cannot load inside jest) so `npm run format` agrees.
    execFileSync(process.execPath, [
      require.resolve('prettier/bin/prettier.cjs'),
      '--write',
      SNAPSHOT,
    ])
  }
  expect(recorded).toEqual(JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')))
})

test('callFunction reaches functions.invokeFunction with the event as JSON', async () => {
  const app = require('@cloudbase/node-sdk').init({ env: ENV })
  const res = await app.callFunction({ name: 'hello', data: { a: 1 } })
  expect(res.result).toEqual({ name: 'hello', event: { a: 1 } })
})

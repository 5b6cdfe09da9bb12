// Junk at the gateway: malformed request lines and paths, odd methods, junk headers and bodies
// (oversized, deeply nested, prototype keys, not objects, not JSON), sent to every function, the
// API reference, the demo sign-in and static paths. Nothing may answer 5xx, every JSON
// answer and every error (but a missing static file) is an envelope, the server stays up, and no
// junk writes anything.
import { API } from '../../../types/api'
import { ERROR_CODES } from '../../../types/errors'
import { rawRequest, rawSocket, type RawReply, type RawRequest } from '../../support/raw-http'
import { dumpDatabase, startTestStack, type TestStack } from '../../support/stack'

jest.setTimeout(180_000)

const FUNCTIONS = Object.keys(API)
const API_ROUTES = FUNCTIONS.map((fn) => `/api/${fn}`)
const ROUTES = [
  ...API_ROUTES,
  '/api',
  '/api/',
  '/api/nosuch',
  '/dev/login',
  '/dev/personas',
  '/',
  '/index.html',
  '/js/app.js',
  '/healthz',
]
const MB = 1024 * 1024
/** Long enough to hurt, within Node's 16 KB header limit. */
const LONG = 'x'.repeat(12_000)
/** Past Node's header limit: refused by the parser (431). */
const TOO_LONG = 'x'.repeat(20_000)

let stack: TestStack
let before: Record<string, unknown[]>

beforeAll(async () => {
  // Demo mode, so /dev/login parses what it is sent; h5, so GETs reach the static file server.
  stack = await startTestStack({ h5: true, demo: true })
  before = dumpDatabase(stack)
})
afterAll(() => stack.stop())

/** The static file server's plain 404s: the only error replies that are not envelopes. */
const STATIC_NOT_FOUND = ['not found', 'h5 build missing: run npm run build:h5']

/**
 * What is wrong with a reply, or null: a 5xx, a missing answer, JSON that is not an envelope, an
 * error that is not an envelope (other than a missing static file, or a HEAD reply with no body).
 */
function problemWith(request: { method?: string; path: string }, reply: RawReply): string | null {
  if (reply.status >= 500 || reply.status < 100) return `status ${reply.status}`
  if (request.method === 'HEAD') return null
  const type = String(reply.headers['content-type'] ?? '')
  if (!type.startsWith('application/json')) {
    const plain = reply.status < 400 || STATIC_NOT_FOUND.includes(reply.text)
    return plain ? null : `${reply.status} without an envelope: ${reply.text.slice(0, 80)}`
  }
  if (reply.json === undefined) return `not JSON: ${reply.text.slice(0, 80)}`
  if (request.path === '/api' && request.method === 'GET' && reply.status === 200) return null
  return envelopeProblem(reply.json)
}

/** Why a body is not `{ ok: true, data? }` or `{ ok: false, error: { code, message (Chinese) } }`. */
function envelopeProblem(body: any): string | null {
  if (body?.ok === true) {
    return Object.keys(body).every((k) => k === 'ok' || k === 'data') ? null : 'extra keys'
  }
  const error = body?.error
  if (body?.ok !== false || Object.keys(body).length !== 2 || !error) return 'not an envelope'
  if (!(ERROR_CODES as readonly string[]).includes(error.code)) return `code ${error.code}`
  if (typeof error.message !== 'string' || !error.message) return 'no message'
  return null
}

/** Sends every request (a few at a time) and lists what went wrong. */
async function sendAll(requests: RawRequest[]): Promise<string[]> {
  const problems: string[] = []
  const queue = [...requests]
  const worker = async () => {
    for (let request = queue.shift(); request; request = queue.shift()) {
      const label = `${request.method ?? 'GET'} ${request.path.slice(0, 60)} ${describe(request)}`
      try {
        const problem = problemWith(request, await rawRequest(stack.url, request))
        if (problem) problems.push(`${label}: ${problem}`)
      } catch (err) {
        problems.push(`${label}: no answer (${(err as Error).message})`)
      }
    }
  }
  await Promise.all([worker(), worker(), worker()])
  return problems
}

/** Sends raw bytes, one connection each, and lists what went wrong. */
async function sendRaw(cases: Record<string, string | Buffer>): Promise<string[]> {
  const problems: string[] = []
  for (const [name, bytes] of Object.entries(cases)) {
    try {
      const reply = await rawSocket(stack.url, bytes)
      const problem = problemWith({ method: 'RAW', path: name }, reply)
      if (problem) problems.push(`${name}: ${problem}`)
      else if (reply.status === 0) problems.push(`${name}: no status line`)
    } catch (err) {
      problems.push(`${name}: no answer (${(err as Error).message})`)
    }
  }
  return problems
}

function describe(request: RawRequest): string {
  const body = request.body === undefined ? '' : String(request.body).slice(0, 40)
  const headers = JSON.stringify(request.headers ?? {}).slice(0, 60)
  return `${headers} ${body}`
}

const json = { 'content-type': 'application/json' }

it('answers malformed paths and request targets without a 5xx', async () => {
  const paths = [
    '/%zz',
    '/%',
    '/%f',
    '/%ff',
    '/%c0%af',
    '/%c3%28',
    '/%e2%82',
    '/%ed%a0%80',
    '/%f4%90%80%80',
    '/%00',
    '/%0d%0aSet-Cookie:%20x=1',
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/../../../../etc/passwd',
    '/api/%2e%2e/dev/login',
    '/api/shop%00',
    '/api/%73hop',
    '/api/shop/..',
    '/api/__proto__',
    '/api/constructor',
    '/api/toString',
    '//[',
    '//api/shop',
    '///',
    '/?%zz=%ff',
    '/api/shop?%zz',
    `/${'a'.repeat(8000)}`,
    `/api/${'a'.repeat(8000)}`,
    `/${'%ff'.repeat(2000)}`,
  ]
  const requests = paths.flatMap((path) => [
    { method: 'GET', path },
    { method: 'POST', path, headers: json, body: '{"action":"overview"}' },
  ])
  expect(await sendAll(requests)).toEqual([])
  expect(
    await sendRaw({
      'absolute-form http://[/': 'GET http://[/ HTTP/1.1\r\nHost: x\r\n\r\n',
      'absolute-form http://x/%zz': 'GET http://x/%zz HTTP/1.1\r\nHost: x\r\n\r\n',
      'absolute-form ftp://x/': 'GET ftp://x/ HTTP/1.1\r\nHost: x\r\n\r\n',
      'asterisk-form': 'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n',
      'no leading slash': 'GET api/shop HTTP/1.1\r\nHost: x\r\n\r\n',
      'raw non-ASCII path': Buffer.concat([
        Buffer.from('GET /'),
        Buffer.from([0xe4, 0xb8, 0xad, 0xff]),
        Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n'),
      ]),
      'space in path': 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n',
      'raw NUL in path': 'GET /\0 HTTP/1.1\r\nHost: x\r\n\r\n',
      'path past the header limit': `GET /${TOO_LONG} HTTP/1.1\r\nHost: x\r\n\r\n`,
      'HTTP/9.9': 'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
      'HTTP/1.0 without Host': 'GET /healthz HTTP/1.0\r\n\r\n',
      'HTTP/1.1 without Host': 'GET /healthz HTTP/1.1\r\n\r\n',
      'two Host headers': 'GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n',
      'no version': 'GET /\r\n\r\n',
      garbage: 'hello there\r\n\r\n',
    }),
  ).toEqual([])
})

it('answers odd methods without a 5xx', async () => {
  const methods = ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'MKCOL']
  const requests = ROUTES.flatMap((path) =>
    methods.map((method) => ({ method, path, headers: json, body: '{"action":"overview"}' })),
  )
  expect(await sendAll(requests)).toEqual([])
  const raw: Record<string, string> = {}
  for (const path of ['/api/shop', '/dev/login', '/']) {
    raw[`CONNECT ${path}`] = `CONNECT ${path} HTTP/1.1\r\nHost: x\r\n\r\n`
    raw[`FOO ${path}`] = `FOO ${path} HTTP/1.1\r\nHost: x\r\n\r\n`
    raw[`lowercase post ${path}`] =
      `post ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}`
    raw[`upgrade ${path}`] =
      `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`
  }
  expect(await sendRaw(raw)).toEqual([])
})

it('answers junk headers without a 5xx', async () => {
  const token = stack.token('demo-shopper')
  const headerSets: Record<string, string | string[]>[] = [
    { authorization: 'Bearer' },
    { authorization: 'Bearer ' + 'a'.repeat(12_000) },
    { authorization: `Bearer ${token}.x` },
    { authorization: `Bearer ${token}${'='.repeat(10)}` },
    { authorization: `Basic ${Buffer.from('demo-admin:x').toString('base64')}` },
    { authorization: 'Bearer ....' },
    { authorization: 'Bearer a.b' },
    { authorization: [`Bearer ${token}`, `Bearer ${token}`] },
    { authorization: '\u00ff\u00fe' },
    { 'content-type': 'text/plain' },
    { 'content-type': 'application/json; charset=gbk' },
    { 'content-type': 'multipart/form-data; boundary=----x' },
    { 'content-type': 'application/x-www-form-urlencoded' },
    { 'content-type': '' },
    { 'content-type': LONG },
    { 'content-type': ['application/json', 'text/plain'] },
    { 'content-type': 'image/png' },
    { cookie: `token=${token}; ${LONG}` },
    { 'x-junk': LONG },
    { 'x-junk': '\u00ff\u00fe\u00fd' },
    { expect: '100-continue' },
    { expect: 'the unexpected' },
    { 'content-encoding': 'gzip' },
    { 'transfer-encoding': 'gzip, chunked' },
    { host: '[' },
    Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`x-many-${i}`, String(i)])),
  ]
  const requests = ROUTES.flatMap((path) =>
    headerSets.map((headers) => ({
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json', ...headers },
      body: '{"action":"overview"}',
    })),
  )
  expect(await sendAll(requests)).toEqual([])
  const head = 'POST /api/shop HTTP/1.1\r\nHost: x\r\n'
  expect(
    await sendRaw({
      'header name with a space': `${head}Bad Header: x\r\nContent-Length: 2\r\n\r\n{}`,
      'control character in a value': `${head}X-Junk: a\u0001b\r\nContent-Length: 2\r\n\r\n{}`,
      'header past the limit': `${head}X-Long: ${TOO_LONG}\r\nContent-Length: 2\r\n\r\n{}`,
      'content-length not a number': `${head}Content-Length: abc\r\n\r\n{}`,
      'two content-lengths': `${head}Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}`,
      'content-length and chunked': `${head}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      'bad chunk size': `${head}Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
      'obsolete line folding': `${head}X-Folded: a\r\n b\r\nContent-Length: 2\r\n\r\n{}`,
      'bare LF line ends': 'POST /api/shop HTTP/1.1\nHost: x\nContent-Length: 2\n\n{}',
    }),
  ).toEqual([])
})

/** A JSON text `depth` arrays deep, or `depth` objects deep. */
const deepArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
const deepObjects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)

/** Bodies that are not a valid call: not JSON, not an object, no or odd action, prototype keys. */
const JUNK_BODIES: (string | Buffer)[] = [
  '',
  '{',
  '{"action":',
  '{"action":"overview",}',
  "{'action':'overview'}",
  'NaN',
  '\u0000',
  '\ufeff{"action":"overview"}',
  Buffer.from([0xff, 0xfe, 0x7b, 0x7d]),
  Buffer.from('{"action":"\xff\xfe"}', 'latin1'),
  '5',
  '-0',
  '1e999',
  'true',
  'null',
  '"overview"',
  '[]',
  '[{"action":"overview"}]',
  '{}',
  '{"action":""}',
  '{"action":5}',
  '{"action":null}',
  '{"action":["overview"]}',
  '{"action":{"toString":"overview"}}',
  `{"action":"${'a'.repeat(100_000)}"}`,
  '{"action":"__proto__"}',
  '{"action":"constructor"}',
  '{"action":"prototype"}',
  '{"action":"toString"}',
  '{"action":"hasOwnProperty"}',
  '{"action":"valueOf"}',
  '{"__proto__":{"action":"overview"}}',
  '{"constructor":{"prototype":{"action":"overview"}}}',
  '{"action":"nosuch","data":{"__proto__":{"roles":["admin"]}}}',
  '{"action":"overview","idempotencyKey":{"__proto__":null}}',
  '{"action":"overview","idempotencyKey":"x"}',
  '{"action":"\\ud800"}',
  deepArrays(100_000),
  deepObjects(100_000),
  `{"action":"overview","data":${deepArrays(100_000)}}`,
  `{"action":"overview","data":${deepObjects(100_000)}}`,
  `{"action":"overview","idempotencyKey":${deepArrays(100_000)}}`,
  `{"action":${deepArrays(100_000)}}`,
]

/** Valid action names with data full of prototype keys and deep nesting (sent anonymously). */
function dataJunk(fn: string): string[] {
  const action = Object.keys(API[fn as keyof typeof API])[0]
  return [
    `{"action":"${action}","data":{"__proto__":{"roles":["admin"],"openid":"demo-admin"}}}`,
    `{"action":"${action}","data":{"constructor":{"prototype":{"roles":["admin"]}}}}`,
    `{"action":"${action}","data":{"prototype":{"admin":true},"__proto__":null}}`,
    `{"action":"${action}","data":"__proto__"}`,
    `{"action":"${action}","data":[1,2,3]}`,
    `{"action":"${action}","data":null}`,
    `{"action":"${action}","data":${deepArrays(100_000)}}`,
    `{"action":"${action}","data":{"shopId":${deepObjects(100_000)}}}`,
    `{"action":"${action}","__proto__":{"data":{"roles":["admin"]}},"data":{}}`,
  ]
}

it('answers junk bodies to every function, and the sign-in without a 5xx', async () => {
  // A signed-in newcomer's junk must not create their user either.
  const newcomer = `Bearer ${stack.token('fuzz-newcomer')}`
  const targets = [...API_ROUTES, '/api', '/dev/login', '/']
  const requests: RawRequest[] = []
  for (const path of targets) {
    for (const [i, body] of JUNK_BODIES.entries()) {
      const headers = { ...json, ...(i % 2 ? { authorization: newcomer } : {}) }
      requests.push({ method: 'POST', path, headers, body })
    }
  }
  for (const fn of FUNCTIONS)
    for (const body of dataJunk(fn))
      requests.push({ method: 'POST', path: `/api/${fn}`, headers: json, body })
  // Wrong content types around a call that would otherwise be fine.
  for (const type of ['text/plain', 'application/xml', 'image/png', 'application/octet-stream'])
    requests.push({
      method: 'POST',
      path: '/api/district',
      headers: { 'content-type': type },
      body: '{"action":"overview"}',
    })
  expect(await sendAll(requests)).toEqual([])
  // Prototype keys stayed data: nothing reached the shared prototypes.
  expect(Object.keys(Object.prototype)).toEqual([])
  expect(({} as any).roles).toBeUndefined()
})

it('refuses a 10 MB body at once with a 413, without reading it all first', async () => {
  const token = stack.token('demo-shopper')
  const partial = Buffer.alloc(3 * MB, 'a')
  const head = (path: string, extra: string) =>
    `POST ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n${extra}\r\n`
  const answers: Record<string, string> = {}
  for (const [path, type] of [
    ['/api/shop', 'application/json'],
    ['/dev/login', 'application/json'],
  ]) {
    // 3 MB (past every limit) of a declared 10 MB, then nothing: only an early answer can arrive.
    for (const [framing, body] of [
      ['declared', partial],
      ['chunked', Buffer.concat([Buffer.from(`${partial.length.toString(16)}\r\n`), partial])],
    ] as const) {
      const extra =
        framing === 'declared'
          ? `Content-Type: ${type}\r\nContent-Length: ${10 * MB}\r\n`
          : `Content-Type: ${type}\r\nTransfer-Encoding: chunked\r\n`
      const started = Date.now()
      const bytes = Buffer.concat([Buffer.from(head(path, extra)), body])
      answers[`${framing} ${path}`] = await rawSocket(stack.url, bytes).then(
        (reply) => {
          const seconds = (Date.now() - started) / 1000
          return `${reply.status} ${reply.json?.error?.code} ${seconds < 5 ? 'prompt' : `${seconds} s`}`
        },
        (err: Error) => `no answer: ${err.message}`,
      )
    }
    // The whole 10 MB, sent to the end.
    answers[`whole ${path}`] = await rawRequest(stack.url, {
      method: 'POST',
      path,
      headers: { 'content-type': type, authorization: `Bearer ${token}` },
      body: Buffer.alloc(10 * MB, '['),
    }).then(
      (whole) => `${whole.status} ${whole.json?.error?.code} prompt`,
      (err: Error) => `no answer: ${err.message}`,
    )
  }
  expect(answers).toEqual(
    Object.fromEntries(Object.keys(answers).map((k) => [k, '413 VALIDATION prompt'])),
  )
})

it('is still up afterwards, and no junk changed any data', async () => {
  const overview = await stack.http(null, 'district', { action: 'overview' })
  expect(overview.status).toBe(200)
  expect(overview.body.data.name).toBe('红星路商圈')
  // Asking for a 扫码登录 request needs no sign-in and no input, so a junk-free call to it counts:
  // those requests may exist, but none was approved and no session began.
  const { login_requests: requests = [], ...after } = dumpDatabase(stack)
  const { login_requests: _none, ...expected } = before
  expect(after).toEqual(expected)
  const decided = (requests as { status: string; decidedBy: unknown }[]).filter(
    (r) => r.status !== 'pending' || r.decidedBy !== null,
  )
  expect(decided).toEqual([])
})

// The local HTTP gateway: status codes follow the envelope, bad requests get clean errors, the API
// reference lists every action with its schema and roles, and sign-in tokens cannot be forged.
import { API } from '../../../types/api'
import { rawRequest, rawSocket } from '../../support/raw-http'
import { startTestStack, type TestStack } from '../../support/stack'

let stack: TestStack
beforeAll(async () => {
  // h5: the static file server is in the path of every GET the API does not answer.
  // demo: the sign-in routes are tested here too.
  stack = await startTestStack({ h5: true, demo: true })
})
afterAll(() => stack.stop())

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })

it('answers an ok call with 200 and the envelope', async () => {
  const res = await stack.http(null, 'district', { action: 'overview' })
  expect(res.status).toBe(200)
  expect(res.body.ok).toBe(true)
  expect(res.body.data.name).toBe('红星路商圈')
})

it('maps error codes to HTTP statuses', async () => {
  expect(
    (await stack.http(null, 'shop', { action: 'get', data: { shopId: 'bad id!' } })).status,
  ).toBe(400)
  expect((await stack.http(null, 'user', { action: 'me' })).status).toBe(401)
  expect((await stack.http('demo-shopper', 'user', { action: 'list' })).status).toBe(403)
  expect(
    (await stack.http(null, 'shop', { action: 'get', data: { shopId: 'shop-999' } })).status,
  ).toBe(404)
})

it('names the field of a validation error', async () => {
  const res = await stack.http('demo-shopper', 'user', {
    action: 'updateProfile',
    data: { nickname: '' },
  })
  expect(res.body).toEqual({
    ok: false,
    error: {
      code: 'VALIDATION',
      message: '请填写昵称',
      issues: [{ path: 'nickname', message: '请填写昵称' }],
    },
  })
})

it('refuses an unknown action with a field error on action', async () => {
  const res = await stack.http(null, 'shop', { action: 'dropDatabase' })
  expect(res.status).toBe(400)
  expect(res.body.error.issues).toEqual([{ path: 'action', message: '未知操作' }])
})

it('answers malformed JSON, oversized bodies and unknown functions cleanly', async () => {
  const malformed = await post('api/shop', '{"action":')
  expect(malformed.status).toBe(400)
  expect((await malformed.json()).error.code).toBe('VALIDATION')

  const big = await post(
    'api/shop',
    JSON.stringify({ action: 'list', data: { keyword: 'x'.repeat(1024 * 1024 + 10) } }),
  )
  expect(big.status).toBe(413)
  expect((await big.json()).error.message).toBe('请求内容超过 1 MB')

  const unknown = await post('api/nosuchfunction', '{"action":"x"}')
  expect(unknown.status).toBe(404)
  expect((await unknown.json()).error.code).toBe('NOT_FOUND')

  // and the server still answers afterwards
  expect((await stack.http(null, 'district', { action: 'overview' })).status).toBe(200)
})

/** The smallest PNG: a valid upload once the caller is signed in. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const BAD_PATH = { ok: false, error: { code: 'VALIDATION', message: '请求地址无效' } }

it('answers malformed paths with a 400 envelope, never a 5xx', async () => {
  const paths = ['/%zz', '/%ff', '/%c3%28', '/%e2%82', '//[', '/api/%zz', '/x/%ff', '/%00']
  const answers: string[] = []
  for (const path of paths) {
    for (const method of ['GET', 'POST']) {
      const res = await rawRequest(stack.url, { method, path, body: '{}' })
      answers.push(`${method} ${path} → ${res.status} ${JSON.stringify(res.json ?? res.text)}`)
    }
  }
  // An absolute-form request target that is not a URL, sent as raw bytes.
  const raw = await rawSocket(stack.url, 'GET http://[/ HTTP/1.1\r\nHost: x\r\n\r\n')
  answers.push(`GET http://[/ → ${raw.status} ${JSON.stringify(raw.json ?? raw.text)}`)
  const refused = `400 ${JSON.stringify(BAD_PATH)}`
  expect(answers).toEqual(answers.map((a) => `${a.slice(0, a.indexOf('→') + 1)} ${refused}`))
  expect((await stack.http(null, 'district', { action: 'overview' })).status).toBe(200)
})

it('refuses an edited or forged token', async () => {
  const token = stack.token('demo-shopper')
  const [body, sig] = token.split('.')
  const edited = Buffer.from(JSON.stringify({ sub: 'demo-admin', exp: 4102444800 })).toString(
    'base64url',
  )
  for (const bad of [`${edited}.${sig}`, `${body}.${sig.slice(0, -2)}xx`, 'nonsense']) {
    const res = await post('api/user', '{"action":"me"}', { authorization: `Bearer ${bad}` })
    expect(res.status).toBe(401)
  }
})

it('refuses an Authorization header that is not exactly one `Bearer <token>`', async () => {
  const token = stack.token('demo-shopper')
  const variants: Record<string, string | string[]> = {
    'two spaces': `Bearer  ${token}`,
    'lowercase scheme': `bearer ${token}`,
    'uppercase scheme': `BEARER ${token}`,
    'tab separator': `Bearer\t${token}`,
    'dot x appended': `Bearer ${token}.x`,
    'third segment': `Bearer ${token}.${token.split('.')[1]}`,
    'trailing word': `Bearer ${token} extra`,
    'other scheme': `Token ${token}`,
    'scheme only': 'Bearer',
    empty: '',
    'duplicated, same token': [`Bearer ${token}`, `Bearer ${token}`],
    'duplicated, junk second': [`Bearer ${token}`, 'Bearer junk'],
    'duplicated, junk first': ['Bearer junk', `Bearer ${token}`],
  }
  const answers: Record<string, string> = {}
  for (const [name, authorization] of Object.entries(variants)) {
    const call = await rawRequest(stack.url, {
      method: 'POST',
      path: '/api/user',
      headers: { 'content-type': 'application/json', authorization },
      body: '{"action":"me"}',
    })
    const upload = await rawRequest(stack.url, {
      method: 'POST',
      path: '/api/user',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({
        action: 'uploadPhoto',
        data: { folder: 'complaints', contentBase64: PNG.toString('base64') },
      }),
    })
    answers[name] = [call, upload]
      .map(
        (r) => `${r.status} ${r.json?.error?.code ?? r.json?.ok} ${r.json?.error?.message ?? ''}`,
      )
      .join(' | ')
  }
  const refused = '401 UNAUTHENTICATED 登录已失效，请重新登录'
  expect(answers).toEqual(
    Object.fromEntries(Object.keys(variants).map((name) => [name, `${refused} | ${refused}`])),
  )
  // The exact header still works.
  const ok = await post('api/user', '{"action":"me"}', { authorization: `Bearer ${token}` })
  expect(ok.status).toBe(200)
})

it('signs in demo personas and new visitors, and refuses bad sign-ins', async () => {
  const persona = await (await post('dev/login', JSON.stringify({ persona: 'merchant' }))).json()
  expect(persona.data.openid).toBe('demo-merchant')
  const me = await post('api/user', '{"action":"me"}', {
    authorization: `Bearer ${persona.data.token}`,
  })
  expect((await me.json()).data).toMatchObject({
    nickname: '张志明',
    roles: expect.arrayContaining(['merchant']),
  })

  const visitor = await (
    await post('dev/login', JSON.stringify({ openid: 'h5-visitor-1234' }))
  ).json()
  expect(visitor.data.openid).toBe('h5-visitor-1234')

  const bad = await post('dev/login', JSON.stringify({ persona: 'superuser' }))
  expect(bad.status).toBe(400)
  expect((await bad.json()).error.issues[0].path).toBe('persona')

  const personas = await (await fetch(`${stack.url}dev/personas`)).json()
  expect(personas.data.map((p: { persona: string }) => p.persona)).toEqual([
    'admin',
    'secretary',
    'merchant',
    'member',
    'shopper',
  ])
  expect(JSON.stringify(personas)).not.toContain('demo-')
})

it('publishes an API reference with every action, its roles and its input schema', async () => {
  const ref = await (await fetch(`${stack.url}api`)).json()
  for (const [fn, actions] of Object.entries(API)) {
    for (const action of Object.keys(actions)) {
      const entry = ref.functions[fn][action]
      expect(entry.summary).toBeTruthy()
      expect(entry.access).toBeDefined()
      expect(entry.input.type).toBe('object')
    }
  }
  expect(ref.functions.shop.get.input.properties.shopId.type).toBe('string')
  expect(ref.functions.user.list.access).toEqual(['admin'])
})

// 扫码登录 as the desktop and the phone do it, through the local stack: the desktop asks for a code
// and polls, the phone (the mini-program) confirms, and the token the desktop collects is checked
// by the functions themselves on every call, until it goes idle or the phone ends it.
import { db } from '../complaints/fixtures'
import { fileStack } from '../../support/stack'

const stack = fileStack()

const CHROME_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'

/** A call from the desktop browser, with its session token if it has one. */
async function desktop(action: string, data: object = {}, token?: string) {
  const res = await fetch(`${stack.url}api/auth`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': CHROME_ON_WINDOWS,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ action, data }),
  })
  return { status: res.status, body: await res.json() }
}

/** A call from the desktop to another function with the session token. */
async function desktopCall(token: string, fn: string, body: object) {
  const res = await fetch(`${stack.url}api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}

const phone = (openid: string, action: string, data: object = {}) =>
  stack.weapp(openid, 'auth', { action, data })

/** `openid` answers the request on the phone: confirms it, or refuses it (`approve: false`). */
const answer = (openid: string, requestId: string, approve: boolean) =>
  phone(openid, 'confirmLogin', { requestId, approve })

async function requestCode(): Promise<string> {
  return (await showCode()).requestId
}

/** A new request as the desktop keeps it, and the ticket its code shows. */
async function showCode(): Promise<{ requestId: string; ticket: string }> {
  const reply = await desktop('requestLogin')
  expect(reply.status).toBe(200)
  const { requestId, url } = reply.body.data
  return { requestId, ticket: new URL(url.replace('#/', '')).searchParams.get('r')! }
}

/** What the desktop's poll for the request answers. */
async function poll(requestId: string) {
  return (await desktop('pollLogin', { requestId })).body.data
}

/** A poll's answer that hands over no token: the request's status and when its code expires. */
const noToken = (status: string) => ({ status, expiresAt: expect.any(String) })

/** Signs the desktop in as `openid` (who confirms on the phone); the session token. */
async function signIn(openid: string): Promise<string> {
  const requestId = await requestCode()
  expect((await answer(openid, requestId, true)).ok).toBe(true)
  const approved = await poll(requestId)
  expect(approved).toMatchObject({ status: 'approved', token: expect.any(String) })
  return approved.token
}

const setRequest = (id: string, change: object) =>
  db().collection('login_requests').doc(id).update(change)

it('shows the desktop a two-minute code that opens the confirmation page', async () => {
  const before = Date.now()
  const reply = await desktop('requestLogin')
  expect(reply.status).toBe(200)
  const { requestId, qr, url, expiresAt } = reply.body.data
  expect(requestId).toMatch(/^[A-Za-z0-9_-]{22}$/)
  expect(qr).toMatch(/^data:image\/png;base64,/)
  // The code holds a ticket for the confirmation page, never the id the desktop polls with.
  expect(url).toMatch(
    new RegExp(
      `^${stack.url.replace(/[.]/g, '\\.')}#/admin/pages/web-login/index\\?r=[A-Za-z0-9_-]{22}$`,
    ),
  )
  expect(url).not.toContain(requestId)
  const lifetime = new Date(expiresAt).getTime() - before
  expect(lifetime).toBeGreaterThan(110_000)
  expect(lifetime).toBeLessThanOrEqual(125_000)
  expect((await poll(requestId)).status).toBe('pending')
})

it('lets the committee confirm on the phone, seeing when and from which browser', async () => {
  const { requestId, ticket } = await showCode()
  const seen = await phone('demo-admin', 'inspectLogin', { ticket })
  expect(seen.data).toMatchObject({
    requestId,
    status: 'pending',
    browser: 'Chrome 120 · Windows',
  })
  const confirmed = await answer('demo-admin', requestId, true)
  expect(confirmed.data.status).toBe('approved')

  const first = await poll(requestId)
  expect(first).toMatchObject({ status: 'approved', token: expect.any(String) })
  // The token is handed over once: a second poll (or someone who copied the code) gets none.
  expect(await poll(requestId)).toEqual(noToken('used'))

  const me = await desktopCall(first.token, 'user', { action: 'me', data: {} })
  expect(me.status).toBe(200)
  expect(me.body.data.roles).toContain('admin')
  expect((await answer('demo-admin', requestId, true)).error).toEqual({
    code: 'CONFLICT',
    message: '该登录请求已处理',
  })
})

it('lets a branch secretary sign in too', async () => {
  const token = await signIn('demo-secretary')
  const me = await desktopCall(token, 'user', { action: 'me', data: {} })
  expect(me.body.data.roles).toContain('secretary')
})

it.each([
  ['a shopper', 'demo-shopper'],
  ['a merchant', 'demo-merchant'],
  ['a party member', 'demo-member'],
])('refuses the confirmation of %s, and the desktop stays signed out', async (_who, openid) => {
  const requestId = await requestCode()
  const reply = await answer(openid, requestId, true)
  expect(reply.error.code).toBe('FORBIDDEN')
  expect(await poll(requestId)).toEqual(noToken('pending'))
})

it('gives no token when the phone refuses', async () => {
  const requestId = await requestCode()
  const reply = await answer('demo-admin', requestId, false)
  expect(reply.data.status).toBe('refused')
  expect(await poll(requestId)).toEqual(noToken('refused'))
})

it('refuses an expired code, on the phone and on the desktop', async () => {
  const requestId = await requestCode()
  await setRequest(requestId, { expiresAt: new Date(Date.now() - 1000) })
  expect((await answer('demo-admin', requestId, true)).error).toEqual({
    code: 'CONFLICT',
    message: '二维码已过期，请在电脑上刷新后重新扫码',
  })
  expect((await poll(requestId)).status).toBe('expired')
})

it('refuses unknown and malformed requests with field errors', async () => {
  const unknown = await phone('demo-admin', 'confirmLogin', {
    requestId: 'A'.repeat(22),
    approve: true,
  })
  expect(unknown.error).toEqual({ code: 'NOT_FOUND', message: '登录请求不存在' })
  const junk = await phone('demo-admin', 'confirmLogin', { requestId: 'x', approve: 'yes' })
  expect(junk.error.code).toBe('VALIDATION')
  expect(junk.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
    'approve',
    'requestId',
  ])
})

it('refuses an edited token and a token signed with another key', async () => {
  const token = await signIn('demo-admin')
  const [body, sig] = token.split('.')
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
  const edited = Buffer.from(JSON.stringify({ ...claims, sub: 'demo-secretary' })).toString(
    'base64url',
  )
  // Another signature: its first character changed, which always changes the bytes it encodes.
  const forged = `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`
  for (const bad of [`${edited}.${sig}`, `${body}.${forged}`, `${token}.x`]) {
    const reply = await desktopCall(bad, 'user', { action: 'me', data: {} })
    expect(reply).toEqual({
      status: 401,
      body: { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' } },
    })
  }
})

it('will not let a desktop session confirm another desktop', async () => {
  const token = await signIn('demo-admin')
  const requestId = await requestCode()
  const reply = await desktop('confirmLogin', { requestId, approve: true }, token)
  expect(reply.status).toBe(403)
  expect(reply.body.error.message).toBe('请在微信小程序中扫码确认')
})

it('ends a session after two idle hours', async () => {
  const token = await signIn('demo-admin')
  const sid = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()).sid
  await db()
    .collection('web_sessions')
    .doc(sid)
    .update({ lastSeenAt: new Date(Date.now() - 2 * 3600_000 - 1000) })
  expect((await desktopCall(token, 'user', { action: 'me', data: {} })).status).toBe(401)
})

it('lists the desktops on the phone and signs them all out from there', async () => {
  const other = await signIn('demo-secretary')
  const tokens = [await signIn('demo-admin'), await signIn('demo-admin')]
  const list = await phone('demo-admin', 'sessions')
  expect(list.data.list.length).toBeGreaterThanOrEqual(2)
  expect(list.data.list[0]).toMatchObject({ browser: 'Chrome 120 · Windows', current: false })

  const ended = await phone('demo-admin', 'signOutEverywhere')
  expect(ended.data.ended).toBeGreaterThanOrEqual(2)
  for (const token of tokens)
    expect((await desktopCall(token, 'user', { action: 'me', data: {} })).status).toBe(401)
  expect((await phone('demo-admin', 'sessions')).data.list).toEqual([])
  // Another person's desktop is untouched.
  expect((await desktopCall(other, 'user', { action: 'me', data: {} })).status).toBe(200)
})

it('signs one desktop out from itself', async () => {
  const [here, there] = [await signIn('demo-secretary'), await signIn('demo-secretary')]
  expect((await desktop('signOut', {}, here)).body.data).toEqual({ ended: 1 })
  expect((await desktopCall(here, 'user', { action: 'me', data: {} })).status).toBe(401)
  expect((await desktopCall(there, 'user', { action: 'me', data: {} })).status).toBe(200)
})

it('ends the session of someone who is no longer committee or secretary', async () => {
  const token = await signIn('demo-secretary')
  const users = db().collection('users')
  const { data } = await users.where({ openid: 'demo-secretary' }).get()
  await users.doc(data[0]._id).update({ roles: ['public'] })
  const reply = await desktopCall(token, 'user', { action: 'me', data: {} })
  expect(reply.status).toBe(401)
  await users.doc(data[0]._id).update({ roles: data[0].roles })
})

it('gives someone who photographed the code nothing to collect the token with', async () => {
  const { requestId, ticket } = await showCode()
  // Only the committee and secretaries can turn the code's ticket into its request…
  expect((await phone('demo-shopper', 'inspectLogin', { ticket })).error.code).toBe('FORBIDDEN')
  // …and the ticket is not the request: polling with it finds nothing.
  expect((await desktop('pollLogin', { requestId: ticket })).body.error).toEqual({
    code: 'NOT_FOUND',
    message: '登录请求不存在',
  })
  await answer('demo-admin', requestId, true)
  expect((await desktop('pollLogin', { requestId: ticket })).status).toBe(404)
  expect((await poll(requestId)).token).toEqual(expect.any(String))
})

// Identity comes from the platform context, never from the request: for every function and action,
// forged identity fields in the body and forged identity headers and cookies change nothing, on both
// the HTTP and the mini-program path.
import { API, type ActionSpec } from '../../../types/api'
import { startTestStack, type TestStack } from '../../support/stack'

const SHOPPER = 'demo-shopper'
const FORGED = {
  openid: 'demo-admin',
  _openid: 'demo-admin',
  OPENID: 'demo-admin',
  role: 'admin',
  roles: ['admin'],
}

/**
 * Headers and cookies a client might hope the gateway or a function reads identity from (the
 * mini-program's and CloudBase's own names); the cookie carries a real admin token.
 */
const forgedHeaders = (): Record<string, string> => ({
  'x-wx-openid': 'demo-admin',
  'x-wx-appid': 'wx-forged-appid',
  'x-wx-unionid': 'demo-admin',
  'x-wx-source': 'wx_client',
  'x-tcb-openid': 'demo-admin',
  'x-tcb-uuid': 'demo-admin',
  'x-tcb-custom-user-id': 'demo-admin',
  'x-tcb-source': 'wx_client',
  'x-forwarded-user': 'demo-admin',
  cookie: `openid=demo-admin; token=${stack.token('demo-admin')}; session=${stack.token('demo-admin')}`,
})

/** Plausible input for each action, so the call reaches the handler. */
const SAMPLE_INPUT: Record<string, Record<string, unknown>> = {
  'user.updateProfile': { nickname: '小刘' },
  'shop.get': { shopId: 'shop-001' },
  // A message already read: both calls change nothing, so their replies can be compared.
  'inbox.read': { messageIds: ['demo-message-1'] },
  'resource.get': { resourceId: 'demo-resource-1' },
  'project.get': { projectId: 'demo-project-1' },
  'wish.get': { wishId: 'demo-wish-3' },
  'activity.get': { activityId: 'demo-activity-full' },
  // A well-formed serial that was never issued: both calls are told it cannot be verified.
  'activity.verifyCertificate': { serial: 'VC2026ABCDEFGHJK123456' },
  // An activity the shopper has no record of: both calls are refused alike (a certificate that
  // is issued carries a new serial each time, so its replies cannot be compared).
  'activity.certificate': { activityId: 'demo-activity-full' },
  // A photo that is not stored: both calls get an empty list.
  'user.photoUrls': { fileIds: ['cloud://local.local-bucket/uploads/shops/none.jpg'] },
  // A link for the same page each time (its expiry is measured from the call, see FRESH_REPLIES).
  'auth.miniProgramLink': { path: 'shopper/pages/rate/index', query: 'shopId=shop-001' },
  // The same bytes each time, stored once under their hash: both calls get the same file id.
  'user.uploadPhoto': {
    folder: 'complaints',
    contentBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64'),
  },
}

const ACTIONS = Object.entries(API).flatMap(([fn, actions]) =>
  Object.entries(actions as Record<string, ActionSpec>).map(([action, spec]) => ({
    fn,
    action,
    spec,
  })),
)

let stack: TestStack
beforeAll(async () => {
  stack = await startTestStack()
  const code = await stack.http('demo-admin', 'shop', {
    action: 'code',
    data: { shopId: 'shop-001' },
  })
  SAMPLE_INPUT['shop.scan'] = { code: code.body.data.code }
  // A login request to look at, poll and (as the shopper, refused) confirm.
  const login = await stack.http(null, 'auth', { action: 'requestLogin', data: {} })
  const { requestId, url } = login.body.data
  SAMPLE_INPUT['auth.pollLogin'] = { requestId }
  SAMPLE_INPUT['auth.confirmLogin'] = { requestId, approve: true }
  SAMPLE_INPUT['auth.inspectLogin'] = {
    ticket: new URL(url.replace('#/', '')).searchParams.get('r'),
  }
})

/**
 * Actions whose every reply is new (a fresh login request, a link expiring from the moment it is
 * made): the forged call must get the same kind of reply, with the same fields, as the honest one.
 */
const FRESH_REPLIES = new Set(['auth.requestLogin', 'auth.miniProgramLink'])
const comparable = (name: string, reply: any) =>
  FRESH_REPLIES.has(name) && reply?.ok
    ? { ok: true, fields: Object.keys(reply.data).sort() }
    : reply
afterAll(() => stack.stop())

describe.each(ACTIONS)('$fn.$action', ({ fn, action, spec }) => {
  // Read when a test runs: beforeAll fills in inputs that need the stack (a signed shop code).
  const sample = () => ({ ...(SAMPLE_INPUT[`${fn}.${action}`] ?? {}) })

  it('over HTTP, forged fields in the body and data and forged headers do not change the caller', async () => {
    const data = sample()
    const honest = await stack.http(SHOPPER, fn, { action, data })
    const forged = await stack.http(
      SHOPPER,
      fn,
      {
        action,
        data: { ...data, ...FORGED },
        ...FORGED,
        userInfo: { openId: 'demo-admin', appId: 'x' },
      },
      forgedHeaders(),
    )
    const name = `${fn}.${action}`
    expect(comparable(name, forged.body)).toEqual(comparable(name, honest.body))
    expect(forged.status).toBe(honest.status)
    if (spec.access !== 'anyone' && !spec.access.includes('public')) {
      expect(forged.status).toBe(403)
      expect(forged.body.error.code).toBe('FORBIDDEN')
    }
  })

  it('on the mini-program path, a forged userInfo in the event does not change the caller', async () => {
    const data = sample()
    const honest = await stack.weapp(SHOPPER, fn, { action, data })
    const forged = await stack.weapp(SHOPPER, fn, {
      action,
      data: { ...data, ...FORGED },
      ...FORGED,
    })
    const name = `${fn}.${action}`
    expect(comparable(name, forged)).toEqual(comparable(name, honest))
  })

  it('without a platform identity, forged fields and headers do not sign anybody in', async () => {
    const data = sample()
    const forged = await stack.http(
      null,
      fn,
      { action, data: { ...data, ...FORGED }, ...FORGED },
      forgedHeaders(),
    )
    if (spec.access === 'anyone') expect(forged.body.ok).toBe(true)
    else
      expect(forged.body).toEqual({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: '请先登录' },
      })
  })
})

// 请在微信中继续 through the local stack: an anonymous h5 visitor asks auth.miniProgramLink for a URL
// Link to a page where one acts, and follows it to the local stand-in of WeChat's landing page,
// which names the mini-program page; any other page, or junk, is refused with the field named.
import { fileStack } from '../../support/stack'
import { MINI_PROGRAM_LINK_DAYS } from '../../../types/auth'

const stack = fileStack()

/** An anonymous call from the public web, as the h5 app sends it. */
async function linkFor(data: unknown) {
  return stack.http(null, 'auth', { action: 'miniProgramLink', data })
}

/** The district's count of links made today. */
function linksCounted(): number {
  const counters = stack.endpoint.registry.forEnv('local').dump('rate_limits') as {
    _id: string
    n?: number
  }[]
  return counters.find((c) => c._id.startsWith('urllink:district:'))?.n ?? 0
}

it('gives an anonymous visitor a link to the page in the mini-program, valid for 7 days', async () => {
  const before = Date.now()
  const reply = await linkFor({ path: '/shopper/pages/rate/index', query: 'shopId=shop-001' })
  expect(reply.status).toBe(200)
  const { url, expiresAt } = reply.body.data
  expect(url).toBe(
    `${stack.url}urllink?path=shopper%2Fpages%2Frate%2Findex&query=shopId%3Dshop-001`,
  )
  const lifetime = Date.parse(expiresAt) - before
  expect(lifetime).toBeGreaterThanOrEqual(MINI_PROGRAM_LINK_DAYS * 24 * 3600_000)
  expect(lifetime).toBeLessThan(MINI_PROGRAM_LINK_DAYS * 24 * 3600_000 + 60_000)

  // The local stand-in of WeChat's landing page says which page WeChat would open.
  const page = await fetch(url)
  expect(page.status).toBe(200)
  expect(page.headers.get('content-type')).toMatch(/^text\/html/)
  const html = await page.text()
  expect(html).toContain('本地环境：此链接在微信中会打开小程序')
  expect(html).toContain('shopper/pages/rate/index?shopId=shop-001')
})

it('serves every page where one acts, and callers with an identity alike', async () => {
  const pages = [
    ['shopper/pages/complain/index', 'shopId=shop-002'],
    ['shopper/pages/claim/index', ''],
    ['member/pages/register/index', ''],
    ['wish/pages/submit/index', ''],
    ['volunteer/pages/consent/index', ''],
    ['wish/pages/detail/index', 'id=demo-wish-3'],
    ['volunteer/pages/activity/index', 'id=demo-activity-full'],
  ]
  for (const [path, query] of pages) {
    const reply = await linkFor({ path, query })
    expect(reply.body.ok).toBe(true)
    expect(new URL(reply.body.data.url).searchParams.get('path')).toBe(path)
  }
  const fromWeapp = await stack.weapp('demo-shopper', 'auth', {
    action: 'miniProgramLink',
    data: { path: 'wish/pages/detail/index', query: 'id=demo-wish-3' },
  })
  expect(fromWeapp.data.url).toBe(
    `${stack.url}urllink?path=wish%2Fpages%2Fdetail%2Findex&query=id%3Ddemo-wish-3`,
  )
})

it('counts each link against the district’s daily allowance', async () => {
  const before = linksCounted()
  await linkFor({ path: 'shopper/pages/rate/index', query: 'shopId=shop-003' })
  expect(linksCounted()).toBe(before + 1)
  // A refused input makes no link and takes nothing.
  await linkFor({ path: 'account/pages/inbox/index' })
  expect(linksCounted()).toBe(before + 1)
})

it('refuses a page that is not one where one acts, naming the path field', async () => {
  for (const path of [
    'account/pages/inbox/index',
    '/admin/pages/dashboard/index',
    'pages/shop/index',
    '../shopper/pages/rate/index',
    'shopper/pages/rate/index?shopId=shop-001',
  ]) {
    const reply = await linkFor({ path })
    expect(reply.status).toBe(400)
    expect(reply.body.error).toEqual({
      code: 'VALIDATION',
      message: '该页面不能从网页跳转到小程序',
      issues: [{ path: 'path', message: '该页面不能从网页跳转到小程序' }],
    })
  }
})

it('refuses junk input with a clear error and the field it is about', async () => {
  const cases: [unknown, string, string][] = [
    [{}, 'path', '缺少小程序页面'],
    [{ path: 42 }, 'path', '缺少小程序页面'],
    [{ path: ['shopper/pages/rate/index'] }, 'path', '缺少小程序页面'],
    [{ path: 'shopper/pages/rate/index', query: { shopId: 'x' } }, 'query', '页面参数须为文字'],
    [{ path: 'shopper/pages/rate/index', query: 'shopId=店' }, 'query', '页面参数含有不允许的字符'],
    [
      { path: 'shopper/pages/rate/index', query: '"><script>alert(1)</script>' },
      'query',
      '页面参数含有不允许的字符',
    ],
    [
      { path: 'shopper/pages/rate/index', query: 'a'.repeat(257) },
      'query',
      '页面参数最多 256 个字符',
    ],
    [
      { path: 'member/pages/register/index', query: 'consent=1' },
      'query',
      '该页面没有参数 consent',
    ],
    [{ path: 'shopper/pages/rate/index' }, 'query', '缺少页面参数 shopId'],
    [{ path: 'wish/pages/detail/index', query: 'id=../x' }, 'query', '页面参数 id 格式不正确'],
  ]
  for (const [data, field, message] of cases) {
    const reply = await linkFor(data)
    expect(reply.status).toBe(400)
    expect(reply.body.error.code).toBe('VALIDATION')
    expect(reply.body.error.issues[0]).toEqual({ path: field, message })
  }
  // Not an object at all.
  for (const data of ['shopper/pages/rate/index', 7, [1, 2]]) {
    const reply = await linkFor(data)
    expect(reply.status).toBe(400)
    expect(reply.body.error.code).toBe('VALIDATION')
  }
  // Not JSON.
  const raw = await fetch(`${stack.url}api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"action":"miniProgramLink","data":',
  })
  expect(raw.status).toBe(400)
  expect((await raw.json()).error.code).toBe('VALIDATION')
})

it('the local landing page knows only the pages where one acts', async () => {
  const page = await fetch(`${stack.url}urllink?path=admin%2Fpages%2Fdashboard%2Findex`)
  expect(page.status).toBe(404)
  const html = await page.text()
  expect(html).toContain('链接无效')
  // What it echoes is escaped.
  const echoed = await fetch(`${stack.url}urllink?path=%3Cscript%3E`)
  expect(await echoed.text()).toContain('&lt;script&gt;')
})

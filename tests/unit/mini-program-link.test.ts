// The hand-over to the mini-program: what auth.miniProgramLink accepts (only the pages where one
// acts, a query WeChat can carry), what it asks WeChat (urllink.generate) and how WeChat's answers
// become a link or an error; and the local stand-in's link, which is the same for the same input.
const callWxOpenApi = jest.fn()
jest.mock('../../server/kernel/database', () => ({ cloudApp: () => ({ callWxOpenApi }) }))

import { MiniProgramLinkInput } from '../../types/auth'
import { HANDOVER_PAGES, ROUTES } from '../../types/pages'
import { AppError } from '../../server/kernel/app-error'
import {
  linkFromReply,
  localMiniProgramLinks,
  wechatMiniProgramLinks,
} from '../../server/services/mini-program-link'

beforeEach(() => {
  callWxOpenApi.mockReset()
  jest.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => jest.restoreAllMocks())

describe('MiniProgramLinkInput', () => {
  it('takes the pages where one acts, with or without the leading slash', () => {
    expect(HANDOVER_PAGES).toEqual([
      'shopper/pages/rate/index',
      'shopper/pages/complain/index',
      'shopper/pages/claim/index',
      'member/pages/register/index',
      'wish/pages/submit/index',
      'volunteer/pages/consent/index',
      'wish/pages/detail/index',
      'volunteer/pages/activity/index',
      'account/pages/me/index',
    ])
    expect(MiniProgramLinkInput.parse({ path: ROUTES.rate, query: 'shopId=shop-001' })).toEqual({
      path: 'shopper/pages/rate/index',
      query: 'shopId=shop-001',
    })
    expect(MiniProgramLinkInput.parse({ path: 'member/pages/register/index' })).toEqual({
      path: 'member/pages/register/index',
      query: '',
    })
  })

  it('refuses any other page, naming the path field', () => {
    for (const path of [ROUTES.inbox, 'admin/pages/dashboard/index', 'pages/nowhere/index', '']) {
      const parsed = MiniProgramLinkInput.safeParse({ path })
      expect(parsed.success).toBe(false)
      expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['path', '该页面不能从网页跳转到小程序'],
      ])
    }
    const missing = MiniProgramLinkInput.safeParse({})
    expect(missing.error!.issues[0]).toMatchObject({ path: ['path'], message: '缺少小程序页面' })
  })

  it('refuses a query WeChat cannot carry or that is long, naming the query field', () => {
    const refusal = (query: unknown) =>
      MiniProgramLinkInput.safeParse({ path: ROUTES.wish, query }).error?.issues.map((i) => [
        i.path.join('.'),
        i.message,
      ])
    expect(refusal('id=demo-wish-3')).toBeUndefined()
    expect(refusal('id=心愿')).toEqual([['query', '页面参数含有不允许的字符']])
    expect(refusal('id=a b')).toEqual([['query', '页面参数含有不允许的字符']])
    expect(refusal('id=<script>')).toEqual([['query', '页面参数含有不允许的字符']])
    expect(refusal(`id=${'a'.repeat(300)}`)).toEqual([['query', '页面参数最多 256 个字符']])
    expect(refusal(42)).toEqual([['query', '页面参数须为文字']])
  })

  it('takes only the query keys the page takes, each once and an id, naming the query field', () => {
    const refusal = (path: string, query: string) =>
      MiniProgramLinkInput.safeParse({ path, query }).error?.issues.map((i) => [
        i.path.join('.'),
        i.message,
      ])
    expect(refusal(ROUTES.rate, 'shopId=shop-001')).toBeUndefined()
    expect(refusal(ROUTES.claim, '')).toBeUndefined()
    // 党员登记 with consent=1 would skip the consent page in the mini-program.
    expect(refusal(ROUTES.memberRegister, 'consent=1')).toEqual([
      ['query', '该页面没有参数 consent'],
    ])
    expect(refusal(ROUTES.rate, 'shopId=shop-001&redirect=/admin')).toEqual([
      ['query', '该页面没有参数 redirect'],
    ])
    expect(refusal(ROUTES.rate, '')).toEqual([['query', '缺少页面参数 shopId']])
    expect(refusal(ROUTES.wish, 'id=a&id=b')).toEqual([['query', '页面参数 id 重复']])
    expect(refusal(ROUTES.wish, 'id=%E5%BF%83')).toEqual([['query', '页面参数 id 格式不正确']])
    expect(refusal(ROUTES.wish, 'id')).toEqual([['query', '页面参数 id 格式不正确']])
    expect(refusal(ROUTES.wish, 'id=a=b')).toEqual([['query', '页面参数 id 格式不正确']])
  })
})

describe('WeChat urllink.generate', () => {
  it('asks for the page and query with an expiry in days, and gives the url_link back', async () => {
    callWxOpenApi.mockResolvedValueOnce({
      result: { errcode: 0, errmsg: 'ok', url_link: 'https://wxaurl.cn/AbCdEf' },
    })
    const url = await wechatMiniProgramLinks.generate(
      'shopper/pages/rate/index',
      'shopId=shop-001',
      7,
    )
    expect(url).toBe('https://wxaurl.cn/AbCdEf')
    expect(callWxOpenApi).toHaveBeenCalledWith({
      apiName: '/wxa/generate_urllink',
      requestData: {
        path: 'shopper/pages/rate/index',
        query: 'shopId=shop-001',
        expire_type: 1,
        expire_interval: 7,
      },
    })
  })

  it('turns an errcode into a clear error: later for limits, unavailable otherwise', () => {
    const error = (res: unknown) => {
      try {
        linkFromReply(res)
      } catch (err) {
        return { code: (err as AppError).code, message: (err as AppError).message }
      }
      throw new Error('no error')
    }
    const unavailable = {
      code: 'INTERNAL',
      message: '暂时无法生成小程序链接，请稍后再试，或在微信中打开本小程序继续',
    }
    // 40165: the page is not in the published mini-program.
    expect(error({ result: { errcode: 40165, errmsg: 'invalid weapp pagepath' } })).toEqual(
      unavailable,
    )
    expect(error({ result: { errcode: 48001, errmsg: 'api unauthorized' } })).toEqual(unavailable)
    for (const errcode of [44990, 45009, 45011])
      expect(error({ result: { errcode, errmsg: 'too many' } })).toEqual({
        code: 'RATE_LIMITED',
        message: '当前访问人数较多，请稍后再试',
      })
    // A reply with no link, and a failed call ({ code, message } with no result).
    expect(error({ result: { errcode: 0 } })).toEqual(unavailable)
    expect(error({ code: 'INVALID_PARAM', message: 'bad' })).toEqual(unavailable)
    expect(error(undefined)).toEqual(unavailable)
  })

  it('a call that throws is the same clear error', async () => {
    callWxOpenApi.mockRejectedValueOnce(new Error('socket hang up'))
    await expect(wechatMiniProgramLinks.generate('wish/pages/detail/index', '', 7)).rejects.toThrow(
      '暂时无法生成小程序链接',
    )
  })
})

it('the local stand-in links to the gateway page naming the mini-program page, deterministically', async () => {
  const links = localMiniProgramLinks('http://127.0.0.1:8080/')
  const url = await links.generate('shopper/pages/rate/index', 'shopId=shop-001', 7)
  expect(url).toBe(
    'http://127.0.0.1:8080/urllink?path=shopper%2Fpages%2Frate%2Findex&query=shopId%3Dshop-001',
  )
  expect(await links.generate('shopper/pages/rate/index', 'shopId=shop-001', 7)).toBe(url)
  expect(await links.generate('member/pages/register/index', '', 7)).toBe(
    'http://127.0.0.1:8080/urllink?path=member%2Fpages%2Fregister%2Findex',
  )
  expect(callWxOpenApi).not.toHaveBeenCalled()
})

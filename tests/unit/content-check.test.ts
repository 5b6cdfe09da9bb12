import { localContentCheck } from '../../server/services/content-check'
import type { Ctx } from '../../server/kernel/context'

const ctx = {} as Ctx
const check = (text: string) => localContentCheck.check(text, ctx)

it.each([
  '味道不错，价格公道',
  '店员态度恶劣，结账时多收了五块钱',
  'USB 接口坏了，换了一个新的',
  '排队 20 分钟，希望 3 号窗口多开',
])('passes an ordinary review or complaint: %s', async (text) => {
  expect(await check(text)).toEqual({ ok: true })
})

it('refuses abuse and illegal offers, even spaced out or in full-width characters', async () => {
  expect(await check('老板是个王八蛋')).toEqual({ ok: false, reason: '内容含有不文明用语' })
  expect((await check('傻 逼店')).ok).toBe(false)
  expect((await check('傻\u200b逼店家')).ok).toBe(false)
  expect((await check('傻\u2060逼\ufeff店家')).ok).toBe(false)
  expect(await check('代开发票，联系我')).toEqual({ ok: false, reason: '内容含有违法违规信息' })
})

it('refuses phone numbers and links, the usual spam', async () => {
  expect(await check('优惠请打 13812345678')).toEqual({
    ok: false,
    reason: '请勿在公开内容中留下电话号码',
  })
  expect((await check('加我 138-1234-5678')).ok).toBe(false)
  expect((await check('加我 １３８１２３４５６７８')).ok).toBe(false)
  expect(await check('详情见 http://spam.example')).toEqual({
    ok: false,
    reason: '请勿在内容中留下网址',
  })
  expect((await check('访问 www.abc.com 领券')).ok).toBe(false)
})

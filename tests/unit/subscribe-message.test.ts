// Subscribe-message values are cut to WeChat's field limits (so it never answers 47003), times are
// written as WeChat writes them, and WeChat's answers become recorded outcomes, never exceptions.
const callWxOpenApi = jest.fn()
jest.mock('../../server/kernel/database', () => ({ cloudApp: () => ({ callWxOpenApi }) }))

import { readTemplates, templateData, wechatSender } from '../../server/services/subscribe-message'

const TEMPLATE = {
  id: 'tmpl-1',
  fields: { subject: 'thing1', status: 'phrase2', time: 'time3', note: 'character_string4' },
} as const

it('cuts each value to its field type’s limit and formats times in Asia/Shanghai', () => {
  const data = templateData(TEMPLATE, {
    subject: '红星路商圈老街口牛肉面（总店）的投诉处理结果通知，请查看',
    status: '已受理待交办',
    time: new Date('2026-11-30T16:30:00Z'),
    note: 'x'.repeat(40),
  })
  expect(Array.from(data.thing1.value)).toHaveLength(20)
  expect(data.thing1.value.endsWith('…')).toBe(true)
  expect(data.phrase2.value).toBe('已受理待…')
  expect(data.time3.value).toBe('2026年12月01日 00:30')
  expect(data.character_string4.value).toHaveLength(32)
  expect(
    templateData(TEMPLATE, { subject: '', status: '已办结', time: new Date(), note: 'a' }).thing1
      .value,
  ).toBe('-')
})

it('reads template configuration and names what is wrong', () => {
  expect(readTemplates(undefined)).toEqual({})
  expect(readTemplates(JSON.stringify({ complaint_new: TEMPLATE }))).toEqual({
    complaint_new: TEMPLATE,
  })
  expect(() => readTemplates('{')).toThrow('WX_SUBSCRIBE_TEMPLATES')
  expect(() =>
    readTemplates(JSON.stringify({ complaint_new: { id: 'x', fields: { subject: 'title1' } } })),
  ).toThrow('WX_SUBSCRIBE_TEMPLATES')
})

it('turns WeChat’s answers into outcomes: sent, refused (43101), failed, thrown', async () => {
  const message = {
    touser: 'o1',
    template_id: 't',
    page: 'shopper/pages/complaint/index?id=1',
    data: {},
  }
  callWxOpenApi.mockResolvedValueOnce({ result: { errcode: 0 } })
  expect(await wechatSender.send(message, {} as never)).toEqual({ status: 'sent' })
  expect(callWxOpenApi.mock.calls[0][0]).toMatchObject({
    apiName: '/cgi-bin/message/subscribe/send',
    requestData: { touser: 'o1', page: 'shopper/pages/complaint/index?id=1' },
  })
  callWxOpenApi.mockResolvedValueOnce({
    result: { errcode: 43101, errmsg: 'user refuse to accept the msg' },
  })
  expect(await wechatSender.send(message, {} as never)).toEqual({
    status: 'refused',
    error: '43101 user refuse to accept the msg',
  })
  callWxOpenApi.mockResolvedValueOnce({ result: { errcode: 47003, errmsg: 'argument invalid' } })
  expect((await wechatSender.send(message, {} as never)).status).toBe('failed')
  callWxOpenApi.mockRejectedValueOnce(new Error('timeout'))
  expect(await wechatSender.send(message, {} as never)).toEqual({
    status: 'failed',
    error: 'timeout',
  })
})

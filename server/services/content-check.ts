// Content safety (内容安全) for user text that others will read: reviews, complaints, merchant
// replies. Production asks WeChat's msgSecCheck (v2); the local stack, which has no WeChat, uses a
// small offline stand-in: a word list of abusive and illegal terms plus phone-number and URL spam.
import { withoutInvisible } from '../../types/common'
import type { Ctx } from '../kernel/context'
import { cloudApp } from '../kernel/database'

export type ContentVerdict = { ok: boolean; reason?: string }

export interface ContentCheck {
  check(text: string, ctx: Ctx): Promise<ContentVerdict>
}

const ABUSIVE = ['傻逼', '傻b', '操你', '草你', '他妈的', '王八蛋', '贱人', '去死', '滚蛋']
const ILLEGAL = [
  '赌博',
  '博彩',
  '六合彩',
  '毒品',
  '冰毒',
  '大麻',
  '枪支',
  '代开发票',
  '办证',
  '色情',
  '裸聊',
  '约炮',
  '套现',
]
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/
const URL_LIKE = /(https?:\/\/|www\.|[a-z0-9-]+\.(com|cn|net|org|top|xyz|vip|cc)\b)/i

/** The offline stand-in for msgSecCheck: deterministic, so tests can rely on it. */
export const localContentCheck: ContentCheck = {
  async check(text) {
    // Full-width digits and letters, spaces or dashes between digits, and zero-width marks between
    // characters are common evasions; the text is checked as it reads.
    const plain = withoutInvisible(text).normalize('NFKC').toLowerCase()
    const compact = plain.replace(/[\s\-－—_.·]/g, '')
    if (ABUSIVE.some((w) => compact.includes(w))) return { ok: false, reason: '内容含有不文明用语' }
    if (ILLEGAL.some((w) => compact.includes(w)))
      return { ok: false, reason: '内容含有违法违规信息' }
    if (PHONE.test(compact)) return { ok: false, reason: '请勿在公开内容中留下电话号码' }
    if (URL_LIKE.test(plain)) return { ok: false, reason: '请勿在内容中留下网址' }
    return { ok: true }
  },
}

/** msgSecCheck v2 answers with a suggestion; only `pass` lets the text be shown. */
type MsgSecCheckReply = {
  errcode?: number
  errmsg?: string
  result?: { suggest?: 'pass' | 'review' | 'risky'; label?: number }
}

/** Scene 2 is 评论 (comments), which is what reviews, complaints and replies are. */
const COMMENT_SCENE = 2

/**
 * WeChat msgSecCheck v2 through node-sdk's open-API call (`wx.api`). It needs the openid of a user
 * who opened the mini-program recently; a failure of the check itself keeps the text private.
 */
export const wechatContentCheck: ContentCheck = {
  async check(text, ctx) {
    const openid = ctx.caller.identity?.openid
    if (!openid) return { ok: false, reason: '无法完成内容安全检查' }
    try {
      const res = await cloudApp().callWxOpenApi({
        apiName: '/wxa/msg_sec_check',
        requestData: { content: text, version: 2, scene: COMMENT_SCENE, openid },
      })
      const reply = (res.result ?? {}) as MsgSecCheckReply
      if (reply.errcode) return { ok: false, reason: '内容安全检查暂不可用，请稍后再试' }
      if (reply.result?.suggest === 'pass') return { ok: true }
      return { ok: false, reason: '内容未通过安全检查，请修改后再提交' }
    } catch (err) {
      console.error('[content-check]', err)
      return { ok: false, reason: '内容安全检查暂不可用，请稍后再试' }
    }
  },
}

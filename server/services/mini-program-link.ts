// The hand-over from the public web to the mini-program: a URL Link (urllink.generate) that opens one
// page of the mini-program with its query, in WeChat directly and from a phone's browser through
// WeChat. Production asks WeChat; the local stack, which has no WeChat, links to a page of its own
// gateway that says which mini-program page the link would open.
import { AppError, rateLimited } from '../kernel/app-error'
import { cloudApp } from '../kernel/database'

export type MiniProgramLinks = {
  /** A link that opens `path` (no leading slash) with `query` in the mini-program for `days` days. */
  generate(path: string, query: string, days: number): Promise<string>
}

/** The local gateway's stand-in for WeChat's link landing page (local-cloud/url-link-page.ts). */
export const LOCAL_LINK_PATH = 'urllink'

/** Offline: the gateway's page that names the mini-program page; the same input, the same URL. */
export function localMiniProgramLinks(baseUrl: string): MiniProgramLinks {
  return {
    async generate(path, query) {
      const params = new URLSearchParams({ path })
      if (query) params.set('query', query)
      return `${baseUrl}${LOCAL_LINK_PATH}?${params.toString()}`
    },
  }
}

/** What generate_urllink answers: the link, or an errcode. */
type UrlLinkReply = { errcode?: number; errmsg?: string; url_link?: string }

/** What the visitor reads for WeChat's refusals that someone must fix in the WeChat console. */
const UNAVAILABLE = '暂时无法生成小程序链接，请稍后再试，或在微信中打开本小程序继续'

/** WeChat's errcodes that say "later", not "never". */
const TOO_MANY = [44990, 45009, 45011]

/** The body generate_urllink takes: the page, its query, and an expiry `days` from now. */
export function urlLinkRequest(path: string, query: string, days: number) {
  return { path, query, expire_type: 1, expire_interval: days }
}

/**
 * The link in WeChat's reply, or an error: RATE_LIMITED when WeChat says too many (per second or
 * per day), INTERNAL otherwise, logged with WeChat's errcode and errmsg (40165: the page is not in
 * the published mini-program; 48001: the account may not generate links, e.g. a personal one).
 */
export function linkFromReply(res: unknown): string {
  // An error of the call itself comes back as `{ code, message }` with no result.
  const failure = (res ?? {}) as { code?: string; message?: string; result?: unknown }
  if (failure.code || !failure.result || typeof failure.result !== 'object') {
    console.error('[mini-program-link] call failed:', failure.code, failure.message)
    throw new AppError('INTERNAL', UNAVAILABLE)
  }
  const reply = failure.result as UrlLinkReply
  if (!reply.errcode && typeof reply.url_link === 'string' && reply.url_link) return reply.url_link
  console.error('[mini-program-link] urllink.generate:', reply.errcode, reply.errmsg)
  if (reply.errcode && TOO_MANY.includes(reply.errcode))
    throw rateLimited('当前访问人数较多，请稍后再试')
  throw new AppError('INTERNAL', UNAVAILABLE)
}

/** WeChat's urllink.generate through node-sdk's open-API call, as content checks and messages go. */
export const wechatMiniProgramLinks: MiniProgramLinks = {
  async generate(path, query, days) {
    let res: unknown
    try {
      res = await cloudApp().callWxOpenApi({
        apiName: '/wxa/generate_urllink',
        requestData: urlLinkRequest(path, query, days),
      })
    } catch (err) {
      console.error('[mini-program-link]', err)
      throw new AppError('INTERNAL', UNAVAILABLE)
    }
    return linkFromReply(res)
  },
}

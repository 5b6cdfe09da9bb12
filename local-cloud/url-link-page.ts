// The local stand-in for WeChat's URL Link landing: where `auth.miniProgramLink` points on the local
// stack, which has no WeChat. In production the link is WeChat's own (https://wxaurl.cn/…) and opens
// the page in the mini-program; here a page says which mini-program page the link would open.
import type { ServerResponse } from 'node:http'
import { HANDOVER_PAGES } from '../types/pages'

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** Answers GET /urllink?path=…&query=…: a page naming the mini-program page, or a 404. */
export function serveUrlLinkPage(params: URLSearchParams, res: ServerResponse): void {
  const path = params.get('path') ?? ''
  const query = params.get('query') ?? ''
  const known = HANDOVER_PAGES.includes(path)
  const target = query ? `${path}?${query}` : path
  const body = known
    ? `<h1>在微信中继续</h1>
<p class="local-link__note">本地环境：此链接在微信中会打开小程序</p>
<p><code class="local-link__page">${escapeHtml(target)}</code></p>
<p>正式部署时，这里是微信生成的 URL Link：在微信中点开直接进入小程序的这一页，在手机浏览器中点开会先拉起微信。本地没有微信，所以链接停在这一页。</p>`
    : `<h1>链接无效</h1><p class="local-link__note">小程序中没有可从网页转入的页面：${escapeHtml(path)}</p>`
  res.writeHead(known ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
  res.end(`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>在微信中继续 · 红色商圈（本地）</title>
<style>body{font-family:sans-serif;margin:2em auto;max-width:32em;padding:0 1em;line-height:1.6;color:#333}h1{color:#C8161D;font-size:1.4em}code{background:#F6F2F0;padding:.2em .4em;word-break:break-all}</style>
</head><body class="local-link">
${body}
<p><a href="javascript:history.back()">返回网页</a></p>
</body></html>`)
}

import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { MiniProgramLink } from '../../../types/auth'
import { useAction } from '../../hooks/use-action'
import type { Visitor } from '../../hooks/use-sign-in-or-handover'
import { api } from '../../services/call-function'
import { LoadingState } from '../StateViews'
import { PageShell } from '../PageShell'
import './WeChatHandover.scss'

export type WeChatHandoverProps = {
  /** What the visitor came to do, e.g. 评价, 投诉, 认领心愿. */
  action: string
  /** The page to open in the mini-program, as the app's routes write it. */
  page: string
  /** Its query, e.g. `{ shopId }`: only the keys that page takes (HANDOVER_QUERIES). */
  query?: Record<string, string>
}

/** `a=1&b=2`, each part percent-encoded, which is all a URL Link's query may hold. */
function queryString(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')
}

/** Leaves the web app for the link: WeChat's page, which opens the mini-program. */
function follow(url: string) {
  window.location.href = url
}

/**
 * 请在微信中继续: on h5, for a visitor nobody can sign in, the block that says acting needs the
 * WeChat identity and opens the same page in the mini-program through a URL Link in one tap. The
 * link is made on the tap, not on sight, so reading a page spends none of the district's daily links.
 */
export function WeChatHandover({ action, page, query = {} }: WeChatHandoverProps) {
  const path = page.replace(/^\//, '')
  const search = queryString(query)
  const [link, setLink] = useState<MiniProgramLink>()
  const make = useAction(api.auth.miniProgramLink)

  /** The link made before while it lasts, else a fresh one. */
  const current = async () => {
    if (link && Date.parse(link.expiresAt) > Date.now()) return link
    const fresh = await make.run({ path, query: search })
    if (fresh) setLink(fresh)
    return fresh
  }
  const open = async () => {
    const made = await current()
    if (made) follow(made.url)
  }
  const copy = async () => {
    const made = await current()
    // Where the browser refuses the clipboard, the link stays on the page to be selected by hand.
    if (made) await Taro.setClipboardData({ data: made.url }).catch(() => undefined)
  }

  return (
    <View className="card wechat-handover" data-page={path}>
      <Text className="wechat-handover__title">请在微信中继续</Text>
      <Text className="wechat-handover__text">
        {`${action}需要您的微信身份。评价、投诉、党员报到、认领和报名都以微信身份提交，网页上无法确认您是谁，请在微信小程序中继续。`}
      </Text>
      <View className="wechat-handover__actions">
        <Button
          className="wechat-handover__open"
          type="primary"
          block
          loading={make.pending}
          onClick={open}
        >
          打开微信小程序
        </Button>
        <Button className="wechat-handover__copy" block disabled={make.pending} onClick={copy}>
          复制小程序链接
        </Button>
        <Text className="wechat-handover__hint">
          在手机浏览器中点击会拉起微信；在电脑上请复制链接，发到手机微信中打开。
        </Text>
        {make.error ? <Text className="wechat-handover__error">{make.error.message}</Text> : null}
        {link ? <Text className="wechat-handover__link">{link.url}</Text> : null}
      </View>
    </View>
  )
}

/**
 * What a page where one acts shows a visitor who is not signed in: a wait while it is told whether
 * this is the demo (which then leaves for its sign-in), else the hand-over to the mini-program.
 */
export function NotSignedIn({ visitor, ...handover }: WeChatHandoverProps & { visitor: Visitor }) {
  return visitor === 'handover' ? <WeChatHandover {...handover} /> : <LoadingState />
}

/** A page where one acts, as a visitor who is not signed in sees it (NotSignedIn, on its own). */
export function NotSignedInPage({
  className,
  ...props
}: WeChatHandoverProps & { visitor: Visitor; className: string }) {
  return (
    <PageShell className={className}>
      <NotSignedIn {...props} />
    </PageShell>
  )
}

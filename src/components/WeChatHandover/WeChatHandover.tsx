import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { useRemoteData } from '../../hooks/use-remote-data'
import { useAction } from '../../hooks/use-action'
import { api } from '../../services/call-function'
import { LoadStates } from '../StateViews'
import './WeChatHandover.scss'

export type WeChatHandoverProps = {
  /** What the visitor came to do, e.g. 评价, 投诉, 认领心愿. */
  action: string
  /** The page to open in the mini-program, as the app's routes write it. */
  page: string
  /** Its query, e.g. `{ shopId }`. */
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
 * WeChat identity and opens the same page in the mini-program through a URL Link in one tap.
 */
export function WeChatHandover({ action, page, query = {} }: WeChatHandoverProps) {
  const path = page.replace(/^\//, '')
  const search = queryString(query)
  const link = useRemoteData(
    () => api.auth.miniProgramLink({ path, query: search }),
    [path, search],
  )
  // A link kept open past its expiry is made again on the tap.
  const renew = useAction(api.auth.miniProgramLink)
  const open = async () => {
    const current = link.data
    if (!current) return
    if (Date.parse(current.expiresAt) > Date.now()) return follow(current.url)
    const fresh = await renew.run({ path, query: search })
    if (fresh) {
      link.set(fresh)
      follow(fresh.url)
    }
  }

  return (
    <View className="card wechat-handover" data-page={path}>
      <Text className="wechat-handover__title">请在微信中继续</Text>
      <Text className="wechat-handover__text">
        {`${action}需要您的微信身份。评价、投诉、党员报到、认领和报名都以微信身份提交，网页上无法确认您是谁，请在微信小程序的同一页面继续。`}
      </Text>
      <LoadStates loaded={link} showLoading={false} />
      {link.loading && link.data === undefined ? (
        <Text className="wechat-handover__making">正在生成小程序链接…</Text>
      ) : null}
      {link.data ? (
        <View className="wechat-handover__actions">
          <Button
            className="wechat-handover__open"
            type="primary"
            block
            loading={renew.pending}
            onClick={open}
          >
            打开微信小程序
          </Button>
          <Text className="wechat-handover__hint">
            在手机浏览器中点击会拉起微信；在电脑上可复制下面的链接，发到手机微信中打开。
          </Text>
          <Text
            className="wechat-handover__link"
            onClick={() => Taro.setClipboardData({ data: link.data?.url ?? '' })}
          >
            {link.data.url}
          </Text>
        </View>
      ) : null}
    </View>
  )
}

// 电脑端登录 on the phone: confirm the desktop whose code was scanned (the page opens with its
// request), scan a code from here on weapp, see the desktops signed in, and sign them all out.
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { formatShanghai } from '../../../../types/shanghai-time'
import { PageShell } from '../../../components/PageShell'
import { ConfirmButton } from '../../../components/ConfirmButton'
import { EmptyState, LoadStates } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import { readParam } from '../../../utils/params'
import { useConsoleGate } from '../../hooks/use-console-gate'
import { ADMIN_ROUTES } from '../../routes'
import { withQuery } from '../../../../types/pages'
import { LoginRequestCard } from './LoginRequestCard'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

const ASK_SIGN_OUT_ALL = {
  title: '退出所有电脑',
  content: '所有用您的账号登录的电脑都将退出管理后台。',
  confirmText: '全部退出',
}

/**
 * The login ticket in what the camera read: the mini-program code's `path` (`…?scene=<ticket>`)
 * in production, or the h5 link (`…?r=<ticket>`) the local code holds.
 */
export function ticketIn(scan: { path?: string; result?: string }): string | null {
  for (const text of [scan.path, scan.result]) {
    const ticket = text && /[?&](?:scene|r)=([A-Za-z0-9_-]{22})(?:[&#]|$)/.exec(text)?.[1]
    if (ticket) return ticket
  }
  return null
}

async function scanDesktopCode() {
  let scan: { path?: string; result?: string }
  try {
    // No scanType: a mini-program code comes back with its `path`, as on the home page's scan.
    scan = await Taro.scanCode({ onlyFromCamera: true })
  } catch {
    return // cancelled
  }
  const ticket = ticketIn(scan)
  if (!ticket) {
    Taro.showToast({ title: '这不是电脑端登录二维码', icon: 'none' })
    return
  }
  Taro.redirectTo({ url: withQuery(ADMIN_ROUTES.webLogin, { r: ticket }) })
}

export default function WebLoginPage() {
  const { params } = useRouter()
  // h5 links carry the ticket as `r`; the mini-program code carries it as its scene.
  const ticket = readParam(params.r) || readParam(params.scene)
  const url = ticket ? withQuery(ADMIN_ROUTES.webLogin, { r: ticket }) : ADMIN_ROUTES.webLogin
  const allowed = useConsoleGate(url)
  const sessions = useRemoteData(() => api.auth.sessions(), [], allowed)

  const signedOut = ({ ended }: { ended: number }) => {
    Taro.showToast({ title: `已退出 ${ended} 台电脑`, icon: 'none' })
    sessions.reload()
  }

  if (!allowed) return <PageShell className="web-login" />

  return (
    <PageShell className="web-login">
      {ticket ? <LoginRequestCard ticket={ticket} onDecided={sessions.reload} /> : null}

      {IS_WEAPP ? (
        <Button className="web-login__scan" type="primary" block onClick={scanDesktopCode}>
          扫码登录电脑端
        </Button>
      ) : null}

      <View className="section">
        <Text className="section__title">已登录的电脑</Text>
        <LoadStates loaded={sessions} />
        {sessions.data?.list.length === 0 ? (
          <EmptyState
            text="没有电脑登录您的账号"
            hint="在电脑上打开管理后台，用小程序扫码即可登录"
          />
        ) : null}
        {sessions.data?.list.map((s) => (
          <View key={`${s.signedInAt}-${s.browser}`} className="card web-login__session">
            <Text className="web-login__browser">
              {s.browser}
              {s.current ? '（本机）' : ''}
            </Text>
            <Text className="web-login__when">
              {formatShanghai(s.signedInAt)} 登录 · 最近使用 {formatShanghai(s.lastSeenAt)}
            </Text>
          </View>
        ))}
        {sessions.data?.list.length ? (
          <ConfirmButton
            className="web-login__sign-out-all"
            type="danger"
            fill="outline"
            ask={ASK_SIGN_OUT_ALL}
            send={() => api.auth.signOutEverywhere()}
            onDone={signedOut}
          >
            退出所有电脑
          </ConfirmButton>
        ) : null}
      </View>
    </PageShell>
  )
}

// 电脑端登录 on the phone: confirm the desktop whose code was scanned (the page opens with its
// request), scan a code from here on weapp, see the desktops signed in, and sign them all out.
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { formatShanghai } from '../../../../types/shanghai-time'
import { PageShell } from '../../../components/PageShell'
import { EmptyState, LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import { readParam } from '../../../utils/params'
import { useConsoleGate } from '../../hooks/use-console-gate'
import { ADMIN_ROUTES } from '../../routes'
import { withQuery } from '../../../../types/pages'
import { LoginRequestCard } from './LoginRequestCard'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** The request id in what the camera read: the code's h5 link (`…?r=<id>`) or the bare id. */
export function requestIdIn(scanned: string): string | null {
  const id = /[?&]r=([A-Za-z0-9_-]{22})(?:&|$)/.exec(scanned)?.[1] ?? scanned.trim()
  return /^[A-Za-z0-9_-]{22}$/.test(id) ? id : null
}

async function scanDesktopCode() {
  let scanned: string
  try {
    scanned = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result
  } catch {
    return // cancelled
  }
  const requestId = requestIdIn(scanned)
  if (!requestId) {
    Taro.showToast({ title: '这不是电脑端登录二维码', icon: 'none' })
    return
  }
  Taro.redirectTo({ url: withQuery(ADMIN_ROUTES.webLogin, { r: requestId }) })
}

export default function WebLoginPage() {
  const { params } = useRouter()
  // h5 links carry `r`; the mini-program code carries the same id as its scene.
  const requestId = readParam(params.r) || readParam(params.scene)
  const url = requestId ? withQuery(ADMIN_ROUTES.webLogin, { r: requestId }) : ADMIN_ROUTES.webLogin
  const allowed = useConsoleGate(url)
  const sessions = useRemoteData(() => api.auth.sessions(), [], allowed)
  const endAll = useAction(api.auth.signOutEverywhere)

  const signOutAll = async () => {
    const { confirm } = await Taro.showModal({
      title: '退出所有电脑',
      content: '所有用您的账号登录的电脑都将退出管理后台。',
      confirmText: '全部退出',
    })
    if (!confirm) return
    const ended = await endAll.run()
    if (!ended) return
    Taro.showToast({ title: `已退出 ${ended.ended} 台电脑`, icon: 'none' })
    sessions.reload()
  }

  if (!allowed) return <PageShell className="web-login" />

  return (
    <PageShell className="web-login">
      {requestId ? <LoginRequestCard requestId={requestId} onDecided={sessions.reload} /> : null}

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
          <Button
            className="web-login__sign-out-all"
            type="danger"
            fill="outline"
            block
            loading={endAll.pending}
            onClick={signOutAll}
          >
            退出所有电脑
          </Button>
        ) : null}
      </View>
    </PageShell>
  )
}

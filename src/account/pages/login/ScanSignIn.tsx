// 扫码登录 on the desktop: a two-minute code the committee member or secretary scans with the
// mini-program; once they confirm on the phone, the next poll brings the session token.
import { useEffect, useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { LOGIN_STATUSES, type LoginStatus } from '../../../../types/auth'
import { CopyableText } from '../../../components/CopyableText'
import { LoadStates } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import { keepSessionToken } from '../../../services/session'

/** How often the desktop asks whether the phone has confirmed. */
const POLL_MS = 2000

export type ScanSignInProps = {
  /** Shows the code's link, so a second browser can play the phone (local demo only). */
  showLink: boolean
  onSignedIn: () => void
}

export function ScanSignIn({ showLink, onSignedIn }: ScanSignInProps) {
  const request = useRemoteData(() => api.auth.requestLogin(), [])
  const [status, setStatus] = useState<LoginStatus>('pending')
  const requestId = request.data?.requestId

  useEffect(() => {
    if (!requestId) return
    setStatus('pending')
    let live = true
    let timer: ReturnType<typeof setTimeout>
    const poll = async () => {
      try {
        const reply = await api.auth.pollLogin({ requestId })
        if (!live) return
        if (reply.token) {
          keepSessionToken(reply.token)
          onSignedIn()
          return
        }
        setStatus(reply.status)
        if (reply.status !== 'pending' && reply.status !== 'approved') return
      } catch {
        // A dropped poll is retried on the next tick; the code's expiry still ends the wait.
      }
      if (live) timer = setTimeout(poll, POLL_MS)
    }
    timer = setTimeout(poll, POLL_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [requestId, onSignedIn])

  const over = status !== 'pending' && status !== 'approved'
  return (
    <View className="card scan-login">
      <Text className="scan-login__title">扫码登录管理后台</Text>
      <Text className="scan-login__hint">
        请用微信打开红色商圈小程序，在“我的 › 电脑端登录”中扫描二维码，并在手机上确认。
      </Text>
      <LoadStates loaded={request} />
      {request.data ? (
        <View className={`scan-login__code${over ? ' scan-login__code--over' : ''}`}>
          <Image className="scan-login__qr" src={request.data.qr} mode="aspectFit" />
        </View>
      ) : null}
      {request.data ? (
        <Text className={`scan-login__status scan-login__status--${status}`}>
          {status === 'pending' ? '二维码 2 分钟内有效' : LOGIN_STATUSES[status]}
        </Text>
      ) : null}
      {over ? (
        <Button className="scan-login__refresh" type="primary" onClick={request.reload}>
          刷新二维码
        </Button>
      ) : null}
      {showLink && request.data && !over ? (
        <View className="scan-login__link">
          <Text className="scan-login__link-label">
            本地演示：在另一个已登录管理员的浏览器中打开
          </Text>
          <CopyableText className="scan-login__url" text={request.data.url} />
        </View>
      ) : null}
      <Text className="scan-login__roles">仅商圈党委管理员和支部书记可在电脑上登录。</Text>
    </View>
  )
}

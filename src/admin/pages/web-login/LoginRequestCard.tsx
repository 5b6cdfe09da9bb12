// The question the phone answers after scanning a desktop's code: 在电脑上登录商圈管理后台？ with
// when and from which browser it was asked, so a code from someone else's screen is easy to spot.
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { formatShanghai } from '../../../../types/shanghai-time'
import { DetailRow } from '../../../components/DetailRow'
import { LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'

const OUTCOMES = {
  approved: '已确认登录，电脑将自动进入管理后台。',
  used: '这台电脑已登录。',
  refused: '已取消本次登录。',
  expired: '二维码已过期，请在电脑上刷新后重新扫码。',
} as const

export function LoginRequestCard({
  ticket,
  onDecided,
}: {
  /** What the scanned code held; the request it stands for comes back with the view. */
  ticket: string
  onDecided: () => void
}) {
  const request = useRemoteData(() => api.auth.inspectLogin({ ticket }), [ticket])
  const decide = useAction(api.auth.confirmLogin)

  const answer = async (approve: boolean) => {
    if (!request.data) return
    const decided = await decide.run({ requestId: request.data.requestId, approve })
    if (!decided) return request.reload()
    request.set(decided)
    onDecided()
  }

  const view = request.data
  return (
    <View className="card web-login__request">
      <LoadStates
        loaded={request}
        messages={{ NOT_FOUND: '找不到这个登录请求，请在电脑上刷新二维码' }}
      />
      {view ? (
        <>
          <Text className="web-login__question">在电脑上登录商圈管理后台？</Text>
          <DetailRow
            block="web-login"
            name="requested"
            label="申请时间"
            value={formatShanghai(view.requestedAt, 'YYYY-MM-DD HH:mm:ss')}
          />
          <DetailRow block="web-login" name="browser" label="浏览器" value={view.browser} />
          {view.status === 'pending' ? (
            <View className="web-login__answers">
              <Button
                className="web-login__confirm"
                type="primary"
                block
                loading={decide.pending}
                onClick={() => answer(true)}
              >
                确认登录
              </Button>
              <Button
                className="web-login__refuse"
                fill="outline"
                block
                disabled={decide.pending}
                onClick={() => answer(false)}
              >
                取消
              </Button>
            </View>
          ) : (
            <Text className={`web-login__outcome web-login__outcome--${view.status}`}>
              {OUTCOMES[view.status]}
            </Text>
          )}
        </>
      ) : null}
    </View>
  )
}

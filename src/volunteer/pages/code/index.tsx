import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ROUTES, withQuery } from '../../../../types/pages'
import { LinkButton } from '../../../components/LinkButton'
import { ErrorState, LoadingState } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { api } from '../../../services/call-function'
import { readParam } from '../../../utils/params'
import { ActivityHead } from '../../components/ActivityHead'
import { ActivityShell } from '../../components/ActivityShell'
import { ConfirmButton } from '../../../components/ConfirmButton'
import { useRotatingCode } from './use-rotating-code'
import './index.scss'

const ASK_CHECK_OUT_ALL = {
  title: '全部签退',
  content: '为所有已签到、尚未签退的志愿者签退，签退时间记为现在。确定吗？',
  confirmText: '全部签退',
}

/** 出示签到码: the leader's QR, changing every 30 s, and 全部签退 at the end. */
export default function CheckInCodePage() {
  const { params } = useRouter()
  const activityId = readParam(params.id)
  const signedIn = useRequireSignIn(withQuery(ROUTES.checkInCode, { id: activityId }))
  const activity = useRemoteData(
    () => api.activity.get({ activityId }),
    [activityId],
    signedIn && !!activityId,
  )
  const rotating = useRotatingCode(activityId, signedIn)
  const a = activity.data
  const { code, secondsLeft, error } = rotating
  return (
    <ActivityShell className="code-page" activityId={activityId} signedIn={signedIn}>
      {a ? (
        <ActivityHead block="code-page" activity={a}>
          <Text className="code-page__count">
            已报名 {a.confirmed} 人 ·
            请志愿者在“志愿服务”中点“扫码签到”扫描下方二维码，也可用手机相机扫码打开签到页
          </Text>
        </ActivityHead>
      ) : null}

      <View className="section card code-page__code">
        {error && !code ? (
          <ErrorState
            code={error.code}
            message={error.code === 'FORBIDDEN' ? '只有活动负责人可以出示签到码' : error.message}
            onRetry={rotating.retry}
          />
        ) : null}
        {!error && !code ? <LoadingState text="正在生成签到码…" /> : null}
        {code ? (
          <>
            <Image className="code-page__qr" src={code.qrImage} mode="widthFix" />
            <Text className="code-page__text" selectable userSelect>
              {code.code}
            </Text>
            <Text className="code-page__countdown">
              {secondsLeft > 0 ? `${secondsLeft} 秒后更换` : '正在更换…'}
            </Text>
            {error ? (
              <View className="code-page__stale">
                <Text>{rotating.retrying ? `${error.message}，正在重试…` : error.message}</Text>
                {rotating.retrying ? null : (
                  <Button size="small" fill="outline" onClick={rotating.retry}>
                    重试
                  </Button>
                )}
              </View>
            ) : null}
          </>
        ) : null}
      </View>

      <View className="section code-page__actions">
        <LinkButton
          className="code-page__roster"
          type="primary"
          fill="outline"
          block
          url={withQuery(ROUTES.activityRoster, { id: activityId })}
        >
          名单与出勤
        </LinkButton>
        <ConfirmButton
          className="code-page__check-out-all"
          fill="outline"
          ask={ASK_CHECK_OUT_ALL}
          send={(options) => api.activity.checkOutAll({ activityId }, options)}
          onDone={(done) =>
            Taro.showToast({ title: `已为 ${done.checkedOut} 人签退`, icon: 'none' })
          }
        >
          全部签退
        </ConfirmButton>
      </View>
    </ActivityShell>
  )
}

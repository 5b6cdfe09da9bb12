import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ROUTES, loginUrl } from '../../../constants/routes'
import { withQuery, wishUrl } from '../../../../types/pages'
import { ItemPageShell } from '../../../components/PageShell'
import { WishDetail } from '../../../components/WishDetail'
import { LoadStates } from '../../../components/StateViews'
import { ConfirmButton } from '../../../components/ConfirmButton'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import type { WishView } from '../../../../types/wish'
import { isSignedIn } from '../../../services/session'
import { readParam } from '../../../utils/params'
import {
  ClaimPanel,
  ConfirmForm,
  FulfilForm,
  ProgressForm,
  ReleaseForm,
  RespondForm,
} from '../../components/WishActionForms'
import { LinkButton } from '../../../components/LinkButton'
import { WeChatHandover } from '../../../components/WeChatHandover'
import { useDemoMode } from '../../../hooks/use-sign-in-or-handover'
import './index.scss'

/** Those who may call the wisher: whoever holds the wish, its assignee, the committee. */
const CALLERS: WishView['viewer'][] = ['holder', 'assignee', 'committee', 'reviewer']

const ASK_WITHDRAW = {
  title: '撤回心愿',
  content: '撤回后心愿不再公开，也不能再被认领。确定撤回吗？',
  confirmText: '撤回',
}

/** 联系心愿人: the phone app on weapp; a tel: link on h5. */
function callWisher(phone: string) {
  if (process.env.TARO_ENV === 'weapp') {
    Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
  } else {
    window.location.href = `tel:${phone}`
  }
}

/** One wish: its detail and timeline, and whatever the server says the caller may do now. */
export default function WishPage() {
  const { params } = useRouter()
  const wishId = readParam(params.id)
  const loaded = useRemoteData(() => api.wish.get({ wishId }), [wishId], !!wishId)
  const wish = loaded.data
  const [releasing, setReleasing] = useState(false)
  // Back from editing it, or from the project page.
  useReloadOnReturn(loaded.reload)
  // On h5 without a token: the demo's sign-in, or (where nobody signs in on the web) the hand-over.
  const demo = useDemoMode(!isSignedIn())

  const done = (view: WishView, toast: string) => {
    loaded.set(view)
    setReleasing(false)
    Taro.showToast({ title: toast, icon: 'none' })
  }

  const can = wish?.can ?? []
  const phone = wish?.contact && CALLERS.includes(wish.viewer) ? wish.contact : null
  return (
    <ItemPageShell className="wish-page" id={wishId} missing="缺少心愿编号">
      <LoadStates loaded={loaded} messages={{ NOT_FOUND: '心愿不存在或尚未公开' }} />
      {wish ? (
        <View>
          {can.includes('confirm') ? <ConfirmForm wishId={wishId} onDone={done} /> : null}
          {can.includes('respond') ? <RespondForm wishId={wishId} onDone={done} /> : null}

          <WishDetail
            wish={wish}
            onOpenProject={(projectId) =>
              Taro.navigateTo({ url: withQuery(ROUTES.project, { id: projectId }) })
            }
            contactAction={
              phone ? (
                <Button
                  className="wish-page__call"
                  type="primary"
                  size="small"
                  onClick={() => callWisher(phone)}
                >
                  联系心愿人
                </Button>
              ) : null
            }
          />

          {can.includes('claim') ? <ClaimPanel wishId={wishId} onDone={done} /> : null}
          {wish.status === 'open' && !isSignedIn() && demo === false ? (
            <View className="section">
              <WeChatHandover action="认领心愿" page={ROUTES.wish} query={{ id: wishId }} />
            </View>
          ) : null}
          {wish.status === 'open' && !isSignedIn() && demo ? (
            <LinkButton
              className="section wish-page__sign-in"
              type="primary"
              block
              url={loginUrl(wishUrl(wishId))}
            >
              登录后认领
            </LinkButton>
          ) : null}
          {can.includes('progress') ? <ProgressForm wishId={wishId} onDone={done} /> : null}
          {can.includes('fulfil') ? <FulfilForm wishId={wishId} onDone={done} /> : null}
          {can.includes('release') ? (
            releasing ? (
              <ReleaseForm wishId={wishId} onDone={done} />
            ) : (
              <Text className="section wish-page__release" onClick={() => setReleasing(true)}>
                无法继续？退回心愿
              </Text>
            )
          ) : null}

          {can.includes('edit') || can.includes('withdraw') ? (
            <View className="section wish-page__owner">
              {can.includes('edit') ? (
                <Button
                  className="wish-page__edit"
                  type="primary"
                  block
                  onClick={() =>
                    Taro.navigateTo({ url: withQuery(ROUTES.wishSubmit, { id: wishId }) })
                  }
                >
                  {wish.status === 'draft' ? '继续编辑' : '修改后重新提交'}
                </Button>
              ) : null}
              {can.includes('withdraw') ? (
                <ConfirmButton
                  className="wish-page__withdraw"
                  fill="outline"
                  ask={ASK_WITHDRAW}
                  send={(options) => api.wish.withdraw({ wishId }, options)}
                  onDone={(view) => done(view, '心愿已撤回')}
                >
                  撤回心愿
                </ConfirmButton>
              ) : null}
            </View>
          ) : null}
        </View>
      ) : null}
    </ItemPageShell>
  )
}

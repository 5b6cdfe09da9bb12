import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { PageShell } from '../../../components/PageShell'
import { RoleTags } from '../../../components/RoleTags'
import { EmptyState, LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData, type RemoteData } from '../../../hooks/use-remote-data'
import {
  listPersonas,
  signIn,
  signInAsNewShopper,
  signOut as forgetToken,
  type Persona,
} from '../../../services/session'
import { ROUTES } from '../../../constants/routes'
import { ADMIN_ROUTES } from '../../../../types/pages'
import { readParam } from '../../../utils/params'
import { ScanSignIn } from './ScanSignIn'
import { WeChatHandover } from '../../../components/WeChatHandover'
import './index.scss'

/** After sign-in: back where the user was sent from, else `home`. */
function afterSignIn(redirect: string, home: string = ROUTES.me) {
  Taro.redirectTo({ url: redirect.startsWith('/') ? redirect : home })
}

function goBack() {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else Taro.reLaunch({ url: ROUTES.home })
}

export default function LoginPage() {
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <PageShell className="login">
        <View className="card login__weapp">
          <Text className="login__weapp-text">小程序中的身份来自微信，无需登录。</Text>
          <Button className="login__back" type="primary" block onClick={goBack}>
            返回
          </Button>
        </View>
      </PageShell>
    )
  } else {
    return <WebSignIn />
  }
}

/**
 * h5: the committee and secretaries sign in by scanning. The local demo adds its personas below,
 * so anyone can try every role without a phone; elsewhere /dev/personas does not exist.
 */
function WebSignIn() {
  // Whoever comes to sign in starts afresh: a stale token would make even the code's request fail.
  useState(forgetToken)
  const { params } = useRouter()
  const redirect = readParam(params.redirect)
  const personas = useRemoteData(listPersonas, [])
  const demo = personas.error === undefined
  // Outside the demo only the committee and secretaries sign in on the web: anybody sent here from
  // their own pages (消息, 我的投诉, 我的心愿…) continues in the mini-program's 我的.
  const handOver = !demo && redirect !== '' && !redirect.startsWith('/admin/')
  const toConsole = useCallback(() => afterSignIn(redirect, ADMIN_ROUTES.dashboard), [redirect])
  return (
    <PageShell className="login">
      {handOver ? <WeChatHandover action="查看个人信息" page={ROUTES.me} /> : null}
      <ScanSignIn showLink={demo} onSignedIn={toConsole} />
      {demo ? <PersonaSignIn redirect={redirect} personas={personas} /> : null}
    </PageShell>
  )
}

/** The local demo: choose a demo person to act as, or come in as a new shopper. */
function PersonaSignIn({
  redirect,
  personas,
}: {
  redirect: string
  personas: RemoteData<Persona[]>
}) {
  const asPersona = useAction(signIn)
  const asNewShopper = useAction(signInAsNewShopper)
  const pending = asPersona.pending || asNewShopper.pending

  const choose = async (persona: Persona) => {
    if (pending) return
    if (await asPersona.run(persona.persona)) afterSignIn(redirect)
  }
  const enterAsNewShopper = async () => {
    if (await asNewShopper.run()) afterSignIn(redirect)
  }

  return (
    <View className="login__personas">
      <View className="login__intro">
        <Text className="login__title">选择身份进入红色商圈</Text>
        <Text className="login__hint">本地演示模式：以下为预置的演示用户</Text>
      </View>
      <LoadStates loaded={personas} />
      {personas.data && personas.data.length === 0 ? <EmptyState text="暂无演示用户" /> : null}
      {personas.data?.map((persona) => (
        <View
          key={persona.persona}
          className="persona-card"
          data-persona={persona.persona}
          onClick={() => choose(persona)}
        >
          <Text className="persona-card__name">{persona.nickname}</Text>
          <View className="persona-card__roles">
            <RoleTags roles={persona.roles.length > 0 ? persona.roles : ['public']} />
          </View>
          <Text className="persona-card__description">{persona.description}</Text>
        </View>
      ))}
      <Button
        className="login__new-shopper"
        type="primary"
        block
        loading={asNewShopper.pending}
        disabled={pending}
        onClick={enterAsNewShopper}
      >
        以新访客身份进入
      </Button>
    </View>
  )
}

import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { UpdateProfileInput } from '../../../../types/user'
import { PageShell } from '../../../components/PageShell'
import { HomeButton } from '../../../components/HomeButton'
import { RoleTags } from '../../../components/RoleTags'
import { FormFieldsCard } from '../../../components/FormFieldsCard'
import { LoadStates } from '../../../components/StateViews'
import { showError, useAction } from '../../../hooks/use-action'
import { useReloadOnReturn } from '../../../hooks/use-reload-on-return'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { api } from '../../../services/call-function'
import type { Profile } from '../../../../types/user'
import { unreadCount } from '../../../services/inbox'
import { signOutHere } from '../../../services/auth'
import { ROUTES } from '../../../constants/routes'
import { ADMIN_ROUTES } from '../../../admin/routes'
import type { FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import './index.scss'

const CONSOLE_ROLES = ['admin', 'secretary']
/** Who may claim wishes and offer resources (as a member, for a shop, for a branch). */
const WISH_HOLDER_ROLES = ['member', 'merchant', 'secretary']

const NICKNAME_FIELDS: FieldSpec[] = [
  {
    name: 'nickname',
    className: 'nickname-form__input',
    inputName: 'nickname',
    placeholder: '请输入昵称（最多 20 个字）',
  },
]

export default function MePage() {
  const signedIn = useRequireSignIn(ROUTES.me)
  const me = useRemoteData(api.user.me, [], signedIn)
  const unread = useRemoteData(unreadCount, [], signedIn)
  // Leaders (负责人) get an entry to the activities they lead, whether or not they signed up.
  const led = useRemoteData(() => api.activity.led({ pageSize: 1 }), [], signedIn)
  // Back from the inbox, where messages were read.
  useReloadOnReturn(unread.reload)
  const [profile, setProfile] = useState<Profile>()
  const form = useFieldValues({ nickname: '' })
  const setField = form.set
  const save = useAction(api.user.updateProfile)

  useEffect(() => {
    if (!me.data) return
    setProfile(me.data)
    setField('nickname', me.data.nickname)
  }, [me.data, setField])

  useEffect(() => {
    // A token the server no longer knows: the shared handler signs out and goes to login.
    if (me.error?.code === 'UNAUTHENTICATED') showError(me.error)
  }, [me.error])

  const submit = async () => {
    // The server's schema, run here first so the common mistakes need no round trip.
    const input = save.check(UpdateProfileInput, form.values)
    if (!input) return
    const updated = await save.run(input)
    if (updated) {
      setProfile(updated)
      form.set('nickname', updated.nickname)
      Taro.showToast({ title: '昵称已保存', icon: 'success' })
    }
  }

  const leave = async () => {
    await signOutHere()
    Taro.reLaunch({ url: ROUTES.home })
  }

  if (!signedIn) return <PageShell className="me" />

  return (
    <PageShell className="me">
      <LoadStates loaded={me} />
      {profile ? (
        <View>
          <View className="card me__profile">
            <Text className="me__nickname">{profile.nickname}</Text>
            {profile.isNew ? <Text className="me__welcome">欢迎来到红色商圈！</Text> : null}
            <RoleTags roles={profile.roles} />
          </View>

          <FormFieldsCard
            name="nickname-form"
            className="section"
            title="修改昵称"
            action={save}
            submitLabel="保存昵称"
            onSubmit={submit}
            fields={NICKNAME_FIELDS}
            form={form}
            clearErrorsOnEdit
          />

          <View className="section me__entries">
            <Entry name="inbox" label="消息" url={ROUTES.inbox} badge={unread.data} />
            <Entry name="complaints" label="我的投诉" url={ROUTES.myComplaints} />
            <Entry name="my-wishes" label="我的心愿" url={ROUTES.myWishes} />
            <Entry name="my-volunteering" label="我的志愿" url={ROUTES.myVolunteering} />
            {led.data?.total ? (
              <Entry name="led-activities" label="我负责的活动" url={ROUTES.myVolunteering} />
            ) : null}
            {profile.roles.some((role) => WISH_HOLDER_ROLES.includes(role)) ? (
              <>
                <Entry name="my-claims" label="我的认领" url={`${ROUTES.myWishes}?side=held`} />
                <Entry name="publish-resource" label="发布资源" url={ROUTES.resourcePublish} />
              </>
            ) : null}
            {profile.roles.includes('merchant') ? (
              <Entry name="merchant" label="我的店铺" url={ROUTES.merchantShops} />
            ) : null}
            <Entry name="claim" label="认领店铺" url={ROUTES.claim} />
            <Entry name="member-register" label="我的党员登记" url={ROUTES.memberRegister} />
            {profile.roles.includes('member') ? (
              <Entry name="member-card" label="我的党员卡" url={ROUTES.memberCard} />
            ) : null}
          </View>

          {profile.setupPending ? (
            <View
              className="section card me__admin-entry me__bootstrap"
              onClick={() => Taro.navigateTo({ url: ADMIN_ROUTES.bootstrap })}
            >
              <Text>启用管理后台（输入启用码）</Text>
              <Text className="me__arrow">›</Text>
            </View>
          ) : null}

          {profile.roles.some((role) => CONSOLE_ROLES.includes(role)) ? (
            <View
              className="section card me__admin-entry"
              onClick={() => Taro.navigateTo({ url: ROUTES.dashboard })}
            >
              <Text>商圈党委管理后台</Text>
              <Text className="me__arrow">›</Text>
            </View>
          ) : null}

          {profile.roles.some((role) => CONSOLE_ROLES.includes(role)) ? (
            <View className="section me__entries me__entries--members">
              <Entry name="member-review" label="党员审核" url={ADMIN_ROUTES.members} />
              <Entry name="wish-review" label="心愿审核" url={ADMIN_ROUTES.wishes} />
              <Entry name="card-check" label="核验党员卡" url={ADMIN_ROUTES.cardCheck} />
              <Entry name="web-login" label="电脑端登录" url={ADMIN_ROUTES.webLogin} />
            </View>
          ) : null}

          <View className="section me__links">
            <HomeButton className="me__home" fill="outline" block />
            {process.env.TARO_ENV !== 'weapp' ? (
              <Button className="me__sign-out" fill="none" block onClick={leave}>
                退出登录
              </Button>
            ) : null}
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}

function Entry({
  name,
  label,
  url,
  badge,
}: {
  name: string
  label: string
  url: string
  /** A count to show beside the label (unread messages); nothing when 0. */
  badge?: number
}) {
  return (
    <View className={`me__entry me__entry--${name}`} onClick={() => Taro.navigateTo({ url })}>
      <View className="me__entry-label">
        <Text>{label}</Text>
        {badge ? <Text className="me__badge">{badge > 99 ? '99+' : badge}</Text> : null}
      </View>
      <Text className="me__arrow">›</Text>
    </View>
  )
}

// Where a console page opened without the role it needs sends the person: it says plainly who the
// page is for and offers the way home (and back to the console, for those who have one).
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ROLE_LABELS } from '../../../../types/roles'
import { PageShell } from '../../../components/PageShell'
import { ROUTES } from '../../../constants/routes'
import { isSignedIn } from '../../../services/session'
import { rolesFor, mayOpen } from '../../access'
import { useConsoleUser } from '../../hooks/use-console-user'
import { ADMIN_ROUTES } from '../../routes'
import './index.scss'

export default function NoAccessPage() {
  const page = decodeURIComponent(useRouter().params.page ?? '')
  const { me } = useConsoleUser(isSignedIn())
  const forRoles = rolesFor(page) ?? []
  const hasConsole = !!me.data && mayOpen(ADMIN_ROUTES.dashboard, me.data.roles)
  return (
    <PageShell className="no-access">
      <View className="card no-access__card">
        <Text className="no-access__title">没有权限打开此页面</Text>
        <Text className="no-access__text">
          {forRoles.length
            ? `此页面仅限${forRoles.map((r) => ROLE_LABELS[r]).join('、')}使用。`
            : '此页面不对您开放。'}
          如需使用，请联系商圈党委。
        </Text>
        <View className="no-access__buttons">
          {hasConsole ? (
            <Button
              className="no-access__console"
              type="primary"
              onClick={() => Taro.redirectTo({ url: ADMIN_ROUTES.dashboard })}
            >
              返回管理后台
            </Button>
          ) : null}
          <Button className="no-access__home" onClick={() => Taro.reLaunch({ url: ROUTES.home })}>
            返回首页
          </Button>
        </View>
      </View>
    </PageShell>
  )
}

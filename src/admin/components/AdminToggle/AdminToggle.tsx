// 任命 / 免去 the committee's admins, from the console's list of users. Nobody relieves
// themselves (the server refuses it too), so the committee always keeps an admin.
import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { UserSummary } from '../../../../types/user'
import { useAction } from '../../../hooks/use-action'
import { api } from '../../../services/call-function'

export type AdminToggleProps = {
  user: UserSummary
  /** The signed-in admin's own user id. */
  selfId: string | undefined
  onChanged: () => void
}

export function AdminToggle({ user, selfId, onChanged }: AdminToggleProps) {
  const change = useAction(api.user.setAdmin)
  const isAdmin = user.roles.includes('admin')
  if (isAdmin && user.userId === selfId) return <Text className="console-table__muted">本人</Text>

  const toggle = async () => {
    const { confirm } = await Taro.showModal({
      title: isAdmin ? '免去管理员' : '任命管理员',
      content: isAdmin
        ? `免去“${user.nickname}”的商圈党委管理员身份？`
        : `任命“${user.nickname}”为商圈党委管理员？管理员可以使用全部管理功能。`,
      confirmText: isAdmin ? '免去' : '任命',
    })
    if (!confirm || change.pending) return
    if (await change.run({ userId: user.userId, admin: !isAdmin })) {
      Taro.showToast({ title: isAdmin ? '已免去' : '已任命', icon: 'success' })
      onChanged()
    }
  }
  return (
    <Text className="console-link admin-toggle" onClick={toggle}>
      {isAdmin ? '免去管理员' : '任命为管理员'}
    </Text>
  )
}

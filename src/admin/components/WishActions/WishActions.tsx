import { Text, View } from '@tarojs/components'
import { formatShanghai } from '../../../../types/shanghai-time'
import { DispatchForm } from './DispatchForm'
import { ProxyConfirmForm } from './ProxyConfirmForm'
import { ReviewForm } from './ReviewForm'
import type { WishFormProps } from './form-props'
import './WishActions.scss'

/**
 * What the console may do with a wish now, from the server's `can`: review, dispatch, and confirm
 * on behalf for 代录. Claiming and fulfilling happen on the holder's own pages.
 */
export function WishActions({ wish, onChanged }: WishFormProps) {
  const can = wish.can
  const proxyConfirm = can.includes('confirm') && wish.onBehalf
  const forms = [
    can.includes('review') ? <ReviewForm key="review" wish={wish} onChanged={onChanged} /> : null,
    can.includes('dispatch') ? (
      <DispatchForm key="dispatch" wish={wish} onChanged={onChanged} />
    ) : null,
    proxyConfirm ? <ProxyConfirmForm key="confirm" wish={wish} onChanged={onChanged} /> : null,
  ].filter(Boolean)
  return (
    <View className="wish-actions">
      {forms.length ? forms : <Text className="wish-actions__waiting">{waitingText(wish)}</Text>}
    </View>
  )
}

/** Where the wish stands when nothing is the console's to do. */
function waitingText(wish: WishFormProps['wish']): string {
  switch (wish.status) {
    case 'pending':
      return '此心愿不在您的审核范围内'
    case 'returned':
      return '已退回修改，等待心愿人重新提交'
    case 'rejected':
      return '未通过审核'
    case 'open':
      return '在心愿墙上等待认领'
    case 'dispatched':
      return wish.respondBy
        ? `已派单，等待承接方在 ${formatShanghai(wish.respondBy)} 前接单`
        : '已派单，等待承接方接单'
    case 'claimed':
      return '已认领，等待认领人实现'
    case 'fulfilled':
      return '已实现，等待心愿人确认（7 天后自动确认）'
    case 'confirmed':
      return '心愿已实现'
    case 'withdrawn':
      return '心愿人已撤回'
    default:
      return '草稿'
  }
}

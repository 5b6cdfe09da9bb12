import { Text, View } from '@tarojs/components'
import { INTEGRITY_LEVEL_LABELS } from '../../../../types/integrity'
import { EmptyState, LoadStates } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { shopHistory } from '../../../services/shop'
import { formatShanghai } from '../../../../types/shanghai-time'
import type { AdminShop } from '../../../../types/shop'
import { AdminPanel } from '../AdminPanel'
import './ShopHistoryPanel.scss'

export type ShopHistoryPanelProps = { shop: AdminShop; onClose: () => void }

/** How the shop's integrity score moved (积分记录), each change with its reason. */
export function ShopHistoryPanel({ shop, onClose }: ShopHistoryPanelProps) {
  const history = useRemoteData(() => shopHistory(shop.shopId), [shop.shopId])
  return (
    <AdminPanel name="shop-history-panel" title="积分记录" subtitle={shop.name} onClose={onClose}>
      <LoadStates loaded={history} />
      {history.data?.length === 0 ? <EmptyState text="暂无积分变动" /> : null}
      {history.data?.map((event, i) => (
        <View key={`${event.at}-${i}`} className="shop-event">
          <View className="shop-event__head">
            <Text className="shop-event__score">
              {event.scoreBefore === null ? '' : `${event.scoreBefore} → `}
              {event.scoreAfter} 分
            </Text>
            <Text className={`shop-event__level shop-event__level--${event.levelAfter}`}>
              {INTEGRITY_LEVEL_LABELS[event.levelAfter]}
            </Text>
            <Text className="shop-event__at">{formatShanghai(event.at)}</Text>
          </View>
          <Text className="shop-event__reason">{event.reason}</Text>
        </View>
      ))}
    </AdminPanel>
  )
}

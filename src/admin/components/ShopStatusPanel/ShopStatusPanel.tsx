import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { SetShopStatusInput } from '../../../../types/shop'
import { FieldError } from '../../../components/FieldError'
import { useAction } from '../../../hooks/use-action'
import { setShopStatus, type AdminShop } from '../../../services/shop'
import { AdminPanel } from '../AdminPanel'

export type ShopStatusPanelProps = { shop: AdminShop; onClose: () => void; onDone: () => void }

/** 停业 an open shop or 恢复 a suspended one; the reason goes into the shop's record. */
export function ShopStatusPanel({ shop, onClose, onDone }: ShopStatusPanelProps) {
  const suspending = shop.status === 'open'
  const [reason, setReason] = useState('')
  const save = useAction(setShopStatus)

  const submit = async () => {
    const input = save.check(SetShopStatusInput, {
      shopId: shop.shopId,
      status: suspending ? 'suspended' : 'open',
      reason,
    })
    if (!input) return
    if (await save.run(input)) {
      Taro.showToast({ title: suspending ? '已停业' : '已恢复营业', icon: 'success' })
      onDone()
    }
  }

  return (
    <AdminPanel
      name="shop-status-panel"
      title={suspending ? '停业' : '恢复营业'}
      subtitle={shop.name}
      onClose={onClose}
    >
      <Text className="admin-panel__label">
        {suspending
          ? '停业后店铺不在公众列表中显示，扫码页提示已停业。请填写原因：'
          : '恢复后店铺重新对公众显示。请填写原因：'}
      </Text>
      <TextArea
        className="console-textarea shop-status-panel__reason"
        value={reason}
        maxLength={200}
        placeholder="原因（至少 2 个字）"
        onChange={setReason}
      />
      <FieldError field="reason" message={save.fieldErrors.reason} />
      <View className="admin-panel__actions">
        <Button size="small" onClick={onClose}>
          取消
        </Button>
        <Button
          className="shop-status-panel__submit"
          size="small"
          type="primary"
          loading={save.pending}
          onClick={submit}
        >
          {suspending ? '确认停业' : '确认恢复'}
        </Button>
      </View>
    </AdminPanel>
  )
}

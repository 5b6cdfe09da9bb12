import Taro from '@tarojs/taro'
import { SetShopStatusInput, type AdminShop } from '../../../../types/shop'
import { FormFields } from '../../../components/FormFields'
import { useFormAction } from '../../../hooks/use-form-action'
import { useFieldValues } from '../../../hooks/use-field-values'
import { api } from '../../../services/call-function'
import { reasonField } from '../../reason-field'
import { ActionForm } from '../ActionForm'
import { AdminPanel } from '../AdminPanel'

/** The reason, under a label that says what the change does to the shop. */
function reasonFor(suspending: boolean) {
  return reasonField('shop-status-panel__reason', '原因（至少 2 个字）', {
    label: suspending
      ? '停业后店铺不在公众列表中显示，扫码页提示已停业。请填写原因：'
      : '恢复后店铺重新对公众显示。请填写原因：',
    required: true,
  })
}

export type ShopStatusPanelProps = { shop: AdminShop; onClose: () => void; onDone: () => void }

/** 停业 an open shop or 恢复 a suspended one; the reason goes into the shop's record. */
export function ShopStatusPanel({ shop, onClose, onDone }: ShopStatusPanelProps) {
  const suspending = shop.status === 'open'
  const form = useFieldValues({ reason: '' })
  const save = useFormAction(SetShopStatusInput, api.shop.setStatus, () => {
    Taro.showToast({ title: suspending ? '已停业' : '已恢复营业', icon: 'success' })
    onDone()
  })

  const submit = () =>
    save.submit({
      shopId: shop.shopId,
      status: suspending ? 'suspended' : 'open',
      ...form.values,
    })

  return (
    <AdminPanel
      name="shop-status-panel"
      title={suspending ? '停业' : '恢复营业'}
      subtitle={shop.name}
      onClose={onClose}
    >
      <ActionForm
        className="shop-status-form"
        action={save}
        submitLabel={suspending ? '确认停业' : '确认恢复'}
        submitClassName="shop-status-panel__submit"
        onSubmit={submit}
        onCancel={onClose}
      >
        <FormFields fields={[reasonFor(suspending)]} form={form} errors={save.fieldErrors} />
      </ActionForm>
    </AdminPanel>
  )
}

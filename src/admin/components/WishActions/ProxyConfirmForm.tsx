import { useWishConfirm } from '../../../components/WishConfirmFields'
import { ActionForm } from '../ActionForm'
import type { WishFormProps } from './form-props'

/** 代为确认: a 代录 wisher has no phone, so the committee confirms (after asking them) for them. */
export function ProxyConfirmForm({ wish, onChanged }: WishFormProps) {
  const confirm = useWishConfirm(wish.wishId, 'proxy', onChanged)
  return (
    <ActionForm
      className="proxy-confirm-form"
      title={`代${wish.onBehalf?.name ?? '心愿人'}确认`}
      action={confirm.action}
      submitLabel={confirm.submitLabel}
      onSubmit={confirm.submit}
    >
      {confirm.fields}
    </ActionForm>
  )
}

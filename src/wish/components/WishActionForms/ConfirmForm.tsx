import { FormCard } from '../../../components/FormCard'
import { useWishConfirm } from '../../../components/WishConfirmFields'
import type { WishFormProps } from './wish-form-props'

/** The wisher confirms with stars and a thank-you, or says what is still not done. */
export function ConfirmForm({ wishId, onDone }: WishFormProps) {
  const confirm = useWishConfirm(wishId, 'wisher', onDone)
  return (
    <FormCard
      name="confirm-form"
      className="section"
      title="认领人说心愿已实现，请您确认"
      action={confirm.action}
      submitLabel={confirm.submitLabel}
      onSubmit={confirm.submit}
    >
      {confirm.fields}
    </FormCard>
  )
}

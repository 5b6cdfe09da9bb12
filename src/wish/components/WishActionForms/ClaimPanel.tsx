import { ClaimWishInput } from '../../../../types/wish'
import { FormCard } from '../../../components/FormCard'
import { ErrorState, LoadingState } from '../../../components/StateViews'
import { useFormAction } from '../../../hooks/use-form-action'
import { useSubscribeAsk } from '../../../hooks/use-subscribe-ask'
import { api } from '../../../services/call-function'
import { useCapacities } from '../../hooks/use-capacities'
import { ActingAsField } from '../ActingAsPicker'
import type { WishFormProps } from './wish-form-props'

/** 认领: one tap for a member; someone who also runs a shop or leads a branch picks 以什么身份 first. */
export function ClaimPanel({ wishId, onDone }: WishFormProps) {
  const actingAs = useCapacities(true)
  const askToSubscribe = useSubscribeAsk(['wish_due_soon', 'wish_confirmed', 'wish_overdue'])
  const claim = useFormAction(
    ClaimWishInput,
    api.wish.claim,
    (view) => onDone(view, '认领成功，请尽快联系心愿人'),
    { beforeSend: askToSubscribe },
  )

  const send = () => {
    if (actingAs.capacities.length > 1 && !actingAs.as) {
      claim.setFieldErrors({ as: '请选择以什么身份认领' })
      return
    }
    return claim.submit({ wishId, as: actingAs.as })
  }

  if (actingAs.loading) return <LoadingState />
  if (actingAs.error)
    return <ErrorState message={actingAs.error.message} onRetry={actingAs.reload} />
  return (
    <FormCard
      name="claim-form"
      className="section"
      title="认领这个心愿"
      hint="认领后可以看到心愿人的联系电话，请尽快联系并帮助实现。每人最多同时认领 3 个心愿。"
      action={claim}
      submitLabel="认领心愿"
      onSubmit={send}
    >
      <ActingAsField
        name="claim-as"
        label="以什么身份认领"
        actingAs={actingAs}
        error={claim.fieldErrors.as}
      />
    </FormCard>
  )
}

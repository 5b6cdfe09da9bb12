import { useState } from 'react'
import { ReviewWishInput } from '../../../../types/wish'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { FormField } from '../../../components/FormField'
import { TextAreaField } from '../../../components/TextAreaField'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { reviewWish } from '../../../services/wish'
import { ActionForm } from '../ActionForm'
import type { WishFormProps } from './form-props'

type Decision = 'approve' | 'reject' | 'revise'
const DECISIONS: { value: Decision; label: string }[] = [
  { value: 'approve', label: '通过' },
  { value: 'reject', label: '不通过' },
  { value: 'revise', label: '退回修改' },
]
const DONE: Record<Decision, string> = {
  approve: '已通过，进入心愿墙',
  reject: '已不通过',
  revise: '已退回修改',
}

/** 审核: onto the wall, or turned down / sent back with a reason the wisher reads. */
export function ReviewForm({ wish, onChanged }: WishFormProps) {
  const [decision, setDecision] = useState<Decision>('approve')
  const [reason, setReason] = useState('')
  const review = useAction(reviewWish)
  const idempotency = useIdempotencyKey()

  const submit = async () => {
    const input = review.check(ReviewWishInput, {
      wishId: wish.wishId,
      decision,
      reason: decision === 'approve' ? undefined : reason,
    })
    if (!input) return
    const next = await review.run(input, { idempotencyKey: idempotency.key })
    if (next) {
      idempotency.renew()
      onChanged(next, DONE[decision])
    }
  }

  return (
    <ActionForm
      className="review-form"
      title="审核"
      action={review}
      submitLabel={DECISIONS.find((d) => d.value === decision)?.label ?? '提交'}
      submitClassName="review-form__submit"
      submitFill={decision === 'approve' ? 'solid' : 'outline'}
      onSubmit={submit}
    >
      <FormField name="decision" label="审核结果">
        <ChoiceChips
          name="review-decision"
          choices={DECISIONS}
          value={decision}
          onChange={setDecision}
        />
      </FormField>
      {decision === 'approve' ? null : (
        <TextAreaField
          name="reason"
          label={
            decision === 'reject' ? '不通过的原因（心愿人可见）' : '需要修改的地方（心愿人可见）'
          }
          className="review-form__reason"
          value={reason}
          max={200}
          placeholder="请写明原因"
          error={review.fieldErrors.reason}
          required
          onChange={setReason}
        />
      )}
    </ActionForm>
  )
}

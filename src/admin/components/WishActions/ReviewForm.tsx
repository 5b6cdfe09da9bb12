import { useState } from 'react'
import { ReviewWishInput } from '../../../../types/wish'
import { ChoiceField, type ChoiceSpec } from '../../../components/ChoiceField'
import { FormFields } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import { useFormAction } from '../../../hooks/use-form-action'
import { api } from '../../../services/call-function'
import { reasonField } from '../../reason-field'
import { ActionForm } from '../ActionForm'
import type { WishFormProps } from './form-props'

type Decision = 'approve' | 'reject' | 'revise'
const DECISIONS: { value: Decision; label: string }[] = [
  { value: 'approve', label: '通过' },
  { value: 'reject', label: '不通过' },
  { value: 'revise', label: '退回修改' },
]
const DECISION_CHOICE: ChoiceSpec<Decision> = {
  name: 'decision',
  label: '审核结果',
  chips: 'review-decision',
  choices: DECISIONS,
}
/** Why it is turned down or sent back: the wisher reads it. */
const REASON_LABELS: Record<Exclude<Decision, 'approve'>, string> = {
  reject: '不通过的原因（心愿人可见）',
  revise: '需要修改的地方（心愿人可见）',
}
const DONE: Record<Decision, string> = {
  approve: '已通过，进入心愿墙',
  reject: '已不通过',
  revise: '已退回修改',
}

/** 审核: onto the wall, or turned down / sent back with a reason the wisher reads. */
export function ReviewForm({ wish, onChanged }: WishFormProps) {
  const [decision, setDecision] = useState<Decision>('approve')
  const form = useFieldValues({ reason: '' })
  const review = useFormAction(ReviewWishInput, api.wish.review, (next, input) =>
    onChanged(next, DONE[input.decision]),
  )

  const submit = () =>
    review.submit({
      wishId: wish.wishId,
      decision,
      reason: decision === 'approve' ? undefined : form.values.reason,
    })

  return (
    <ActionForm
      className="review-form"
      title="审核"
      action={review}
      submitLabel={DECISIONS.find((d) => d.value === decision)?.label ?? '提交'}
      submitFill={decision === 'approve' ? 'solid' : 'outline'}
      onSubmit={submit}
    >
      <ChoiceField
        spec={DECISION_CHOICE}
        value={decision}
        onChange={setDecision}
        errors={review.fieldErrors}
      />
      {decision === 'approve' ? null : (
        <FormFields
          fields={[
            reasonField('review-form__reason', '请写明原因', {
              label: REASON_LABELS[decision],
              required: true,
            }),
          ]}
          form={form}
          errors={review.fieldErrors}
        />
      )}
    </ActionForm>
  )
}

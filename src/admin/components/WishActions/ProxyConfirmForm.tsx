import { useState } from 'react'
import { ConfirmWishInput } from '../../../../types/wish'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { FormField } from '../../../components/FormField'
import { StarPicker } from '../../../components/StarPicker'
import { TextAreaField } from '../../../components/TextAreaField'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { confirmWish } from '../../../services/wish'
import { ActionForm } from '../ActionForm'
import type { WishFormProps } from './form-props'

type Answer = 'done' | 'not-done'
const ANSWERS: { value: Answer; label: string }[] = [
  { value: 'done', label: '已实现' },
  { value: 'not-done', label: '还没有实现' },
]

/** 代为确认: a 代录 wisher has no phone, so the committee confirms (after asking them) for them. */
export function ProxyConfirmForm({ wish, onChanged }: WishFormProps) {
  const [answer, setAnswer] = useState<Answer>('done')
  const [rating, setRating] = useState(5)
  const [thanks, setThanks] = useState('')
  const [reason, setReason] = useState('')
  const confirm = useAction(confirmWish)
  const idempotency = useIdempotencyKey()
  const done = answer === 'done'

  const submit = async () => {
    const input = confirm.check(
      ConfirmWishInput,
      done ? { wishId: wish.wishId, done, rating, thanks } : { wishId: wish.wishId, done, reason },
    )
    if (!input) return
    const next = await confirm.run(input, { idempotencyKey: idempotency.key })
    if (next) {
      idempotency.renew()
      onChanged(next, done ? '已代为确认' : '已退回认领人')
    }
  }

  return (
    <ActionForm
      className="proxy-confirm-form"
      title={`代${wish.onBehalf?.name ?? '心愿人'}确认`}
      action={confirm}
      submitLabel={done ? '确认已实现' : '退回认领人'}
      submitClassName="proxy-confirm-form__submit"
      onSubmit={submit}
    >
      <FormField name="done" label="心愿人反馈">
        <ChoiceChips
          name="proxy-confirm-answer"
          choices={ANSWERS}
          value={answer}
          onChange={setAnswer}
        />
      </FormField>
      {done ? (
        <>
          <FormField name="rating" label="评分" error={confirm.fieldErrors.rating} required>
            <StarPicker name="proxy-confirm-stars" value={rating} onChange={setRating} />
          </FormField>
          <TextAreaField
            name="thanks"
            label="心愿人的感谢（可不填，公开展示）"
            className="proxy-confirm-form__thanks"
            value={thanks}
            max={200}
            placeholder="转述心愿人的话"
            error={confirm.fieldErrors.thanks}
            onChange={setThanks}
          />
        </>
      ) : (
        <TextAreaField
          name="reason"
          label="哪里还没有实现"
          className="proxy-confirm-form__reason"
          value={reason}
          max={200}
          placeholder="认领人会看到"
          error={confirm.fieldErrors.reason}
          required
          onChange={setReason}
        />
      )}
    </ActionForm>
  )
}

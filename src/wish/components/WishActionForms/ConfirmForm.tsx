import { useState } from 'react'
import { ConfirmWishInput } from '../../../../types/wish'
import { ChoiceChips, type Choice } from '../../../components/ChoiceChips'
import { FormCard } from '../../../components/FormCard'
import { FormField } from '../../../components/FormField'
import { StarPicker } from '../../../components/StarPicker'
import { TextAreaField } from '../../../components/TextAreaField'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { confirmWish } from '../../../services/wish'
import type { WishFormProps } from './wish-form-props'

type Done = 'done' | 'not-done'
const DONE_CHOICES: Choice<Done>[] = [
  { value: 'done', label: '已实现' },
  { value: 'not-done', label: '还没有实现' },
]

/** The wisher confirms with stars and a thank-you, or says what is still not done. */
export function ConfirmForm({ wishId, onDone }: WishFormProps) {
  const [done, setDone] = useState<Done>('done')
  const [rating, setRating] = useState(0)
  const [thanks, setThanks] = useState('')
  const [reason, setReason] = useState('')
  const confirm = useAction(confirmWish)
  const idempotency = useIdempotencyKey()

  const send = async () => {
    const input = confirm.check(
      ConfirmWishInput,
      done === 'done'
        ? { wishId, done: true, rating: rating || undefined, thanks }
        : { wishId, done: false, reason },
    )
    if (!input) return
    const view = await confirm.run(input, { idempotencyKey: idempotency.key })
    if (view) {
      idempotency.renew()
      onDone(view, done === 'done' ? '感谢您的确认' : '已告知认领人')
    }
  }

  return (
    <FormCard
      name="confirm-form"
      className="section"
      title="认领人说心愿已实现，请您确认"
      action={confirm}
      submitLabel={done === 'done' ? '确认并致谢' : '告诉认领人'}
      onSubmit={send}
    >
      <FormField name="done" error={confirm.fieldErrors.done}>
        <ChoiceChips name="confirm-done" choices={DONE_CHOICES} value={done} onChange={setDone} />
      </FormField>
      {done === 'done' ? (
        <>
          <FormField
            name="rating"
            label="为这次帮助打分"
            error={confirm.fieldErrors.rating}
            required
          >
            <StarPicker name="confirm-rating" value={rating} onChange={setRating} />
          </FormField>
          <TextAreaField
            name="thanks"
            label="感谢的话（可选，会显示在心愿墙上）"
            className="confirm-form__thanks"
            value={thanks}
            max={200}
            placeholder="想对帮助您的人说点什么"
            error={confirm.fieldErrors.thanks}
            onChange={setThanks}
          />
        </>
      ) : (
        <TextAreaField
          name="reason"
          label="哪里还没有实现"
          className="confirm-form__reason"
          value={reason}
          max={200}
          placeholder="心愿会退回给认领人继续办"
          error={confirm.fieldErrors.reason}
          required
          onChange={setReason}
        />
      )}
    </FormCard>
  )
}

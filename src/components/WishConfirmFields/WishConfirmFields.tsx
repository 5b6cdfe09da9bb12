import { useState } from 'react'
import { ConfirmWishInput } from '../../../types/wish'
import { useFormAction } from '../../hooks/use-form-action'
import { api } from '../../services/call-function'
import type { WishView } from '../../../types/wish'
import { ChoiceChips, type Choice } from '../ChoiceChips'
import { FormField } from '../FormField'
import { StarPicker } from '../StarPicker'
import { TextAreaField } from '../TextAreaField'

type Done = 'done' | 'not-done'
const DONE_CHOICES: Choice<Done>[] = [
  { value: 'done', label: '已实现' },
  { value: 'not-done', label: '还没有实现' },
]

/**
 * The wisher confirms on their wish page; for a 代录 wisher (no phone) the committee asks them
 * and confirms for them in the console. Same fields and rules, different words and class names.
 */
const WORDS = {
  wisher: {
    block: 'confirm-form',
    doneName: 'confirm-done',
    doneLabel: undefined,
    ratingName: 'confirm-rating',
    ratingLabel: '为这次帮助打分',
    firstRating: 0,
    thanksLabel: '感谢的话（可选，会显示在心愿墙上）',
    thanksPlaceholder: '想对帮助您的人说点什么',
    reasonPlaceholder: '心愿会退回给认领人继续办',
    submitDone: '确认并致谢',
    submitNotDone: '告诉认领人',
    toastDone: '感谢您的确认',
    toastNotDone: '已告知认领人',
  },
  proxy: {
    block: 'proxy-confirm-form',
    doneName: 'proxy-confirm-answer',
    doneLabel: '心愿人反馈',
    ratingName: 'proxy-confirm-stars',
    ratingLabel: '评分',
    firstRating: 5,
    thanksLabel: '心愿人的感谢（可不填，公开展示）',
    thanksPlaceholder: '转述心愿人的话',
    reasonPlaceholder: '认领人会看到',
    submitDone: '确认已实现',
    submitNotDone: '退回认领人',
    toastDone: '已代为确认',
    toastNotDone: '已退回认领人',
  },
}

export type WishConfirmBy = keyof typeof WORDS

/**
 * State, submit and fields of the 确认心愿 form; the caller puts them in its own frame (a card on
 * the wish page, an ActionForm in the console).
 */
export function useWishConfirm(
  wishId: string,
  by: WishConfirmBy,
  onDone: (view: WishView, toast: string) => void,
) {
  const words = WORDS[by]
  const [done, setDone] = useState<Done>('done')
  const [rating, setRating] = useState(words.firstRating)
  const [thanks, setThanks] = useState('')
  const [reason, setReason] = useState('')
  const action = useFormAction(ConfirmWishInput, api.wish.confirm, (view, input) =>
    onDone(view, input.done ? words.toastDone : words.toastNotDone),
  )
  const isDone = done === 'done'

  const submit = () =>
    action.submit(
      isDone
        ? { wishId, done: true, rating: rating || undefined, thanks }
        : { wishId, done: false, reason },
    )

  const fields = (
    <>
      <FormField name="done" label={words.doneLabel} error={action.fieldErrors.done}>
        <ChoiceChips name={words.doneName} choices={DONE_CHOICES} value={done} onChange={setDone} />
      </FormField>
      {isDone ? (
        <>
          <FormField
            name="rating"
            label={words.ratingLabel}
            error={action.fieldErrors.rating}
            required
          >
            <StarPicker name={words.ratingName} value={rating} onChange={setRating} />
          </FormField>
          <TextAreaField
            name="thanks"
            label={words.thanksLabel}
            className={`${words.block}__thanks`}
            value={thanks}
            max={200}
            placeholder={words.thanksPlaceholder}
            error={action.fieldErrors.thanks}
            onChange={setThanks}
          />
        </>
      ) : (
        <TextAreaField
          name="reason"
          label="哪里还没有实现"
          className={`${words.block}__reason`}
          value={reason}
          max={200}
          placeholder={words.reasonPlaceholder}
          error={action.fieldErrors.reason}
          required
          onChange={setReason}
        />
      )}
    </>
  )

  return {
    action,
    submit,
    submitLabel: isDone ? words.submitDone : words.submitNotDone,
    fields,
  }
}

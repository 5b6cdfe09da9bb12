import { useState } from 'react'
import { ProgressWishInput } from '../../../../types/wish'
import { FormCard } from '../../../components/FormCard'
import { TextAreaField } from '../../../components/TextAreaField'
import { useAction } from '../../../hooks/use-action'
import { wishProgress } from '../../../services/wish'
import type { WishFormProps } from './wish-form-props'

/** A progress note on the wish's timeline, which the wisher sees. */
export function ProgressForm({ wishId, onDone }: WishFormProps) {
  const [note, setNote] = useState('')
  const progress = useAction(wishProgress)

  const send = async () => {
    const input = progress.check(ProgressWishInput, { wishId, note })
    if (!input) return
    const view = await progress.run(input.wishId, input.note)
    if (view) {
      setNote('')
      onDone(view, '进展已记录')
    }
  }

  return (
    <FormCard
      name="progress-form"
      className="section"
      title="记录进展"
      action={progress}
      submitLabel="记录进展"
      submitFill="outline"
      onSubmit={send}
    >
      <TextAreaField
        name="note"
        className="progress-form__note"
        value={note}
        max={300}
        placeholder="如：已和心愿人约好周六上午见面"
        error={progress.fieldErrors.note}
        onChange={setNote}
      />
    </FormCard>
  )
}

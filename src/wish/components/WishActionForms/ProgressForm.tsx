import { ProgressWishInput } from '../../../../types/wish'
import { FormCard } from '../../../components/FormCard'
import { useFormAction } from '../../../hooks/use-form-action'
import { api } from '../../../services/call-function'
import type { WishFormProps } from './wish-form-props'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'

const NOTE_FIELDS: FieldSpec[] = [
  {
    name: 'note',
    className: 'progress-form__note',
    multiline: true,
    max: 300,
    placeholder: '如：已和心愿人约好周六上午见面',
  },
]

/** A progress note on the wish's timeline, which the wisher sees. */
export function ProgressForm({ wishId, onDone }: WishFormProps) {
  const form = useFieldValues({ note: '' })
  const progress = useFormAction(ProgressWishInput, api.wish.progress, (view) => {
    form.set('note', '')
    onDone(view, '进展已记录')
  })

  return (
    <FormCard
      name="progress-form"
      className="section"
      title="记录进展"
      action={progress}
      submitLabel="记录进展"
      submitFill="outline"
      onSubmit={() => progress.submit({ wishId, ...form.values })}
    >
      <FormFields fields={NOTE_FIELDS} form={form} />
    </FormCard>
  )
}

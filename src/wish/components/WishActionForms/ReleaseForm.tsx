import { ReleaseWishInput } from '../../../../types/wish'
import { FormCard } from '../../../components/FormCard'
import { useFormAction } from '../../../hooks/use-form-action'
import { api } from '../../../services/call-function'
import type { WishFormProps } from './wish-form-props'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'

const REASON_FIELDS: FieldSpec[] = [
  {
    name: 'reason',
    required: true,
    className: 'release-form__reason',
    multiline: true,
    max: 200,
    placeholder: '请说明退回原因',
  },
]

/** 退回: the holder gives the wish back to the pool, saying why (it counts on their record). */
export function ReleaseForm({ wishId, onDone }: WishFormProps) {
  const form = useFieldValues({ reason: '' })
  const release = useFormAction(ReleaseWishInput, api.wish.release, (view) =>
    onDone(view, '已退回心愿墙'),
  )

  return (
    <FormCard
      name="release-form"
      className="section"
      title="退回心愿"
      hint="实现前可以退回，心愿回到心愿墙，心愿人会收到通知；退回会记入您的认领记录。"
      action={release}
      submitLabel="确认退回"
      submitFill="outline"
      onSubmit={() => release.submit({ wishId, ...form.values })}
    >
      <FormFields fields={REASON_FIELDS} form={form} />
    </FormCard>
  )
}

import { ReleaseWishInput } from '../../../../types/wish'
import { FormCard } from '../../../components/FormCard'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { releaseWish } from '../../../services/wish'
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
  const release = useAction(releaseWish)
  const idempotency = useIdempotencyKey()

  const send = async () => {
    const input = release.check(ReleaseWishInput, { wishId, ...form.values })
    if (!input) return
    const view = await release.run(input.wishId, input.reason, { idempotencyKey: idempotency.key })
    if (view) {
      idempotency.renew()
      onDone(view, '已退回心愿墙')
    }
  }

  return (
    <FormCard
      name="release-form"
      className="section"
      title="退回心愿"
      hint="实现前可以退回，心愿回到心愿墙，心愿人会收到通知；退回会记入您的认领记录。"
      action={release}
      submitLabel="确认退回"
      submitFill="outline"
      onSubmit={send}
    >
      <FormFields fields={REASON_FIELDS} form={form} errors={release.fieldErrors} />
    </FormCard>
  )
}

import { Button } from '@nutui/nutui-react-taro'
import { RespondWishInput } from '../../../../types/wish'
import { FormCard } from '../../../components/FormCard'
import { useFormAction } from '../../../hooks/use-form-action'
import { api } from '../../../services/call-function'
import type { WishFormProps } from './wish-form-props'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'

const REASON_FIELDS: FieldSpec[] = [
  {
    name: 'reason',
    className: 'respond-form__reason',
    multiline: true,
    max: 200,
    placeholder: '拒绝时请填写原因',
  },
]

/** 派单: the assignee accepts, or declines with a reason the committee sees. */
export function RespondForm({ wishId, onDone }: WishFormProps) {
  const form = useFieldValues({ reason: '' })
  const respond = useFormAction(RespondWishInput, api.wish.respond, (view, input) =>
    onDone(view, input.accept ? '已接受派单' : '已拒绝派单'),
  )
  const answer = (accept: boolean) =>
    respond.submit({ wishId, accept, reason: form.values.reason.trim() || undefined })

  return (
    <FormCard
      name="respond-form"
      className="section"
      title="商圈党委派单给您"
      hint="请在接单期限内答复。接受后即由您负责实现；不能承接请说明原因。"
      action={respond}
      submitLabel="接受派单"
      onSubmit={() => answer(true)}
      buttons={
        <Button
          className="respond-form__decline"
          fill="outline"
          type="primary"
          block
          disabled={respond.pending}
          onClick={() => answer(false)}
        >
          拒绝
        </Button>
      }
    >
      <FormFields fields={REASON_FIELDS} form={form} />
    </FormCard>
  )
}

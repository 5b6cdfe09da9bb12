import { RejectComplaintInput } from '../../../../types/complaint'
import { FormFields } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import { reasonField } from '../../reason-field'
import { ActionForm } from '../ActionForm'
import { useFormAction } from '../../../hooks/use-form-action'
import { api } from '../../../services/call-function'
import type { ComplaintFormProps } from './form-props'

const FIELDS = [reasonField('reject-form__reason', '不予受理的原因（投诉人可见）')]

/** 不予受理: refused with a reason the complainant reads in their timeline. */
export function RejectForm({ complaint, onChanged }: ComplaintFormProps) {
  const form = useFieldValues({ reason: '' })
  const reject = useFormAction(RejectComplaintInput, api.complaint.reject, onChanged)

  return (
    <ActionForm
      className="reject-form"
      title="不予受理"
      action={reject}
      submitLabel="不予受理"
      submitFill="outline"
      onSubmit={() => reject.submit({ complaintId: complaint.complaintId, ...form.values })}
    >
      <FormFields fields={FIELDS} form={form} errors={reject.fieldErrors} />
    </ActionForm>
  )
}

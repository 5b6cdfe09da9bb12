import { useState } from 'react'
import { RejectComplaintInput } from '../../../../types/complaint'
import { TextAreaField } from '../../../components/TextAreaField'
import { ActionForm } from '../ActionForm'
import { useAction } from '../../../hooks/use-action'
import { rejectComplaint } from '../../../services/complaint'
import type { ComplaintFormProps } from './form-props'

const MAX_REASON = 200

/** 不予受理: refused with a reason the complainant reads in their timeline. */
export function RejectForm({ complaint, onChanged }: ComplaintFormProps) {
  const [reason, setReason] = useState('')
  const reject = useAction(rejectComplaint)

  const submit = async () => {
    const input = reject.check(RejectComplaintInput, { complaintId: complaint.complaintId, reason })
    if (!input) return
    const next = await reject.run(input.complaintId, input.reason)
    if (next) onChanged(next)
  }

  return (
    <ActionForm
      className="reject-form"
      title="不予受理"
      action={reject}
      submitLabel="不予受理"
      submitClassName="reject-form__submit"
      submitFill="outline"
      onSubmit={submit}
    >
      <TextAreaField
        name="reason"
        className="reject-form__reason"
        value={reason}
        max={MAX_REASON}
        placeholder="不予受理的原因（投诉人可见）"
        error={reject.fieldErrors.reason}
        onChange={setReason}
      />
    </ActionForm>
  )
}

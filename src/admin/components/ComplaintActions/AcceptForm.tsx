import { useState } from 'react'
import { AcceptComplaintInput } from '../../../../types/complaint'
import { SEVERITY_LABELS, type Severity } from '../../../../types/integrity'
import { ActionForm } from '../ActionForm'
import { useAction } from '../../../hooks/use-action'
import { acceptComplaint } from '../../../services/complaint'
import type { ComplaintFormProps } from './form-props'
import { ChoiceField } from '../../../components/ChoiceField'

const SEVERITIES = (Object.keys(SEVERITY_LABELS) as Severity[]).map((value) => ({
  value,
  label: SEVERITY_LABELS[value],
}))

const SEVERITY_CHOICE = {
  name: 'severity',
  label: '严重程度（决定属实后扣分多少）',
  required: true,
  chips: 'severity-choice',
  choices: SEVERITIES,
}

/** 受理: the committee takes the complaint on and grades it (轻微/一般/严重). */
export function AcceptForm({ complaint, onChanged }: ComplaintFormProps) {
  const [severity, setSeverity] = useState<Severity>()
  const accept = useAction(acceptComplaint)

  const submit = async () => {
    const input = accept.check(AcceptComplaintInput, {
      complaintId: complaint.complaintId,
      severity,
    })
    if (!input) return
    const next = await accept.run(input.complaintId, input.severity)
    if (next) onChanged(next)
  }

  return (
    <ActionForm
      className="accept-form"
      title="受理"
      action={accept}
      submitLabel="受理"
      onSubmit={submit}
    >
      <ChoiceField
        spec={SEVERITY_CHOICE}
        value={severity}
        onChange={setSeverity}
        errors={accept.fieldErrors}
      />
    </ActionForm>
  )
}

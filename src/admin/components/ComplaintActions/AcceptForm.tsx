import { useState } from 'react'
import { AcceptComplaintInput } from '../../../../types/complaint'
import { SEVERITY_LABELS, type Severity } from '../../../../types/integrity'
import { ActionForm } from '../ActionForm'
import { useFormAction } from '../../../hooks/use-form-action'
import { api } from '../../../services/call-function'
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
  const accept = useFormAction(AcceptComplaintInput, api.complaint.accept, onChanged)

  return (
    <ActionForm
      className="accept-form"
      title="受理"
      action={accept}
      submitLabel="受理"
      onSubmit={() => accept.submit({ complaintId: complaint.complaintId, severity })}
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

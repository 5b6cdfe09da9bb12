import { useState } from 'react'
import { HandleComplaintInput } from '../../../../types/complaint'
import { ChoiceField, type ChoiceSpec } from '../../../components/ChoiceField'
import { ActionForm } from '../ActionForm'
import { useFormAction } from '../../../hooks/use-form-action'
import { api } from '../../../services/call-function'
import type { ComplaintFormProps } from './form-props'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'

const MAX_TEXT = 500

type Finding = 'upheld' | 'unfounded'
const FINDING_CHOICE: ChoiceSpec<Finding> = {
  name: 'upheld',
  label: '核查结论',
  chips: 'finding-choice',
  choices: [
    { value: 'upheld', label: '属实' },
    { value: 'unfounded', label: '不属实' },
  ],
}

const FIELDS: FieldSpec[] = [
  {
    name: 'result',
    label: '办理结果（投诉人可见）',
    required: true,
    className: 'handle-form__result',
    multiline: true,
    max: MAX_TEXT,
    placeholder: '核查经过与处理结果',
  },
  {
    name: 'rectification',
    label: '整改情况（可不填）',
    className: 'handle-form__rectification',
    multiline: true,
    max: MAX_TEXT,
    placeholder: '商户的整改措施',
  },
]

/**
 * 办理结果 for complaints the committee or a department handles: the result, the shop's
 * rectification and whether the complaint was founded (only the committee may say it was not).
 */
export function HandleForm({ complaint, onChanged }: ComplaintFormProps) {
  const form = useFieldValues({ result: '', rectification: '' })
  const [finding, setFinding] = useState<Finding>('upheld')
  const handle = useFormAction(HandleComplaintInput, api.complaint.handle, onChanged)
  const errors = handle.fieldErrors

  const submit = () =>
    handle.submit({
      complaintId: complaint.complaintId,
      ...form.values,
      upheld: finding === 'upheld',
    })

  return (
    <ActionForm
      className="handle-form"
      title="办理结果"
      action={handle}
      submitLabel="提交办理结果"
      onSubmit={submit}
    >
      <ChoiceField spec={FINDING_CHOICE} value={finding} onChange={setFinding} errors={errors} />
      <FormFields fields={FIELDS} form={form} errors={errors} />
    </ActionForm>
  )
}

import { useState } from 'react'
import { HandleComplaintInput } from '../../../../types/complaint'
import { FormField } from '../../../components/FormField'
import { TextAreaField } from '../../../components/TextAreaField'
import { ActionForm } from '../ActionForm'
import { useAction } from '../../../hooks/use-action'
import { handleComplaint } from '../../../services/complaint'
import { ChoiceChips } from '../../../components/ChoiceChips'
import type { ComplaintFormProps } from './form-props'

const MAX_TEXT = 500

type Finding = 'upheld' | 'unfounded'
const FINDINGS = [
  { value: 'upheld' as const, label: '属实' },
  { value: 'unfounded' as const, label: '不属实' },
]

/**
 * 办理结果 for complaints the committee or a department handles: the result, the shop's
 * rectification and whether the complaint was founded (only the committee may say it was not).
 */
export function HandleForm({ complaint, onChanged }: ComplaintFormProps) {
  const [result, setResult] = useState('')
  const [rectification, setRectification] = useState('')
  const [finding, setFinding] = useState<Finding>('upheld')
  const handle = useAction(handleComplaint)
  const errors = handle.fieldErrors

  const submit = async () => {
    const input = handle.check(HandleComplaintInput, {
      complaintId: complaint.complaintId,
      result,
      rectification,
      upheld: finding === 'upheld',
    })
    if (!input) return
    const next = await handle.run(input)
    if (next) onChanged(next)
  }

  return (
    <ActionForm
      className="handle-form"
      title="办理结果"
      action={handle}
      submitLabel="提交办理结果"
      submitClassName="handle-form__submit"
      onSubmit={submit}
    >
      <FormField name="upheld" label="核查结论">
        <ChoiceChips
          name="finding-choice"
          choices={FINDINGS}
          value={finding}
          onChange={setFinding}
        />
      </FormField>
      <TextAreaField
        name="result"
        label="办理结果（投诉人可见）"
        className="handle-form__result"
        value={result}
        max={MAX_TEXT}
        placeholder="核查经过与处理结果"
        error={errors.result}
        required
        onChange={setResult}
      />
      <TextAreaField
        name="rectification"
        label="整改情况（可不填）"
        className="handle-form__rectification"
        value={rectification}
        max={MAX_TEXT}
        placeholder="商户的整改措施"
        error={errors.rectification}
        onChange={setRectification}
      />
    </ActionForm>
  )
}

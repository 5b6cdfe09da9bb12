import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { HandleComplaintInput } from '../../../../types/complaint'
import { FieldError } from '../../../components/FieldError'
import { useAction } from '../../../hooks/use-action'
import { handleComplaint } from '../../../services/complaint'
import { ChoiceChips } from '../../../components/ChoiceChips'
import type { ComplaintFormProps } from './form-props'

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
    <View className="complaint-action handle-form">
      <Text className="complaint-action__title">办理结果</Text>
      <Text className="console-form__label">核查结论</Text>
      <ChoiceChips
        name="finding-choice"
        choices={FINDINGS}
        value={[finding]}
        onChange={([next]) => next && setFinding(next)}
      />
      <Text className="console-form__label handle-form__label">办理结果（投诉人可见）</Text>
      <TextArea
        className="console-textarea handle-form__result"
        value={result}
        maxLength={500}
        placeholder="核查经过与处理结果"
        onChange={setResult}
      />
      <FieldError field="result" message={errors.result} />
      <Text className="console-form__label handle-form__label">整改情况（可不填）</Text>
      <TextArea
        className="console-textarea handle-form__rectification"
        value={rectification}
        maxLength={500}
        placeholder="商户的整改措施"
        onChange={setRectification}
      />
      <FieldError field="rectification" message={errors.rectification} />
      <View className="complaint-action__buttons">
        <Button
          className="handle-form__submit"
          type="primary"
          size="small"
          loading={handle.pending}
          onClick={submit}
        >
          提交办理结果
        </Button>
      </View>
    </View>
  )
}

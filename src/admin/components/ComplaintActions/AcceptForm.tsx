import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { AcceptComplaintInput } from '../../../../types/complaint'
import { SEVERITY_LABELS, type Severity } from '../../../../types/integrity'
import { FieldError } from '../../../components/FieldError'
import { useAction } from '../../../hooks/use-action'
import { acceptComplaint } from '../../../services/complaint'
import { ChoiceChips } from '../../../components/ChoiceChips'
import type { ComplaintFormProps } from './form-props'

const SEVERITIES = (Object.keys(SEVERITY_LABELS) as Severity[]).map((value) => ({
  value,
  label: SEVERITY_LABELS[value],
}))

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
    <View className="complaint-action accept-form">
      <Text className="complaint-action__title">受理</Text>
      <Text className="console-form__label">严重程度（决定属实后扣分多少）</Text>
      <ChoiceChips
        name="severity-choice"
        choices={SEVERITIES}
        value={severity ? [severity] : []}
        onChange={([next]) => setSeverity(next)}
      />
      <FieldError field="severity" message={accept.fieldErrors.severity} />
      <View className="complaint-action__buttons">
        <Button
          className="accept-form__submit"
          type="primary"
          size="small"
          loading={accept.pending}
          onClick={submit}
        >
          受理
        </Button>
      </View>
    </View>
  )
}

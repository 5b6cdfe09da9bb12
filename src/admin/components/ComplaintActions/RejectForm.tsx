import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { RejectComplaintInput } from '../../../../types/complaint'
import { FieldError } from '../../../components/FieldError'
import { useAction } from '../../../hooks/use-action'
import { rejectComplaint } from '../../../services/complaint'
import type { ComplaintFormProps } from './form-props'

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
    <View className="complaint-action reject-form">
      <Text className="complaint-action__title">不予受理</Text>
      <TextArea
        className="console-textarea reject-form__reason"
        value={reason}
        maxLength={200}
        placeholder="不予受理的原因（投诉人可见）"
        onChange={setReason}
      />
      <FieldError field="reason" message={reject.fieldErrors.reason} />
      <View className="complaint-action__buttons">
        <Button
          className="reject-form__submit"
          size="small"
          fill="outline"
          type="primary"
          loading={reject.pending}
          onClick={submit}
        >
          不予受理
        </Button>
      </View>
    </View>
  )
}

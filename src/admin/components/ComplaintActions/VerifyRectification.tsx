import { Text } from '@tarojs/components'
import { useAction } from '../../../hooks/use-action'
import { api } from '../../../services/call-function'
import { ActionForm } from '../ActionForm'
import type { ComplaintFormProps } from './form-props'

/** 核实整改: the committee confirms the shop put things right; the complaint then weighs half. */
export function VerifyRectification({ complaint, onChanged }: ComplaintFormProps) {
  const verify = useAction(api.complaint.verifyRectification)
  const submit = async () => {
    const next = await verify.run({ complaintId: complaint.complaintId })
    if (next) onChanged(next)
  }
  return (
    <ActionForm
      className="verify-form"
      title="核实整改"
      action={verify}
      submitLabel="确认已整改"
      onSubmit={submit}
    >
      <Text className="console-form__hint">
        经现场核实商户已整改到位后确认。核实后该投诉的扣分减半，严重投诉不再使店铺处于诚信预警。
      </Text>
    </ActionForm>
  )
}

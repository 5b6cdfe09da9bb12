import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useAction } from '../../../hooks/use-action'
import { verifyRectification } from '../../../services/complaint'
import type { ComplaintFormProps } from './form-props'

/** 核实整改: the committee confirms the shop put things right; the complaint then weighs half. */
export function VerifyRectification({ complaint, onChanged }: ComplaintFormProps) {
  const verify = useAction(verifyRectification)
  const submit = async () => {
    const next = await verify.run(complaint.complaintId)
    if (next) onChanged(next)
  }
  return (
    <View className="complaint-action verify-form">
      <Text className="complaint-action__title">核实整改</Text>
      <Text className="console-form__hint">
        经现场核实商户已整改到位后确认。核实后该投诉的扣分减半，严重投诉不再使店铺处于诚信预警。
      </Text>
      <View className="complaint-action__buttons">
        <Button
          className="verify-form__submit"
          type="primary"
          size="small"
          loading={verify.pending}
          onClick={submit}
        >
          确认已整改
        </Button>
      </View>
    </View>
  )
}

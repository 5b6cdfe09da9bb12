import { Text } from '@tarojs/components'
import { CancelActivityInput } from '../../../../types/activity'
import { FormFields } from '../../../components/FormFields'
import { useFieldValues } from '../../../hooks/use-field-values'
import { useFormAction } from '../../../hooks/use-form-action'
import { api } from '../../../services/call-function'
import { reasonField } from '../../reason-field'
import { ActionForm } from '../ActionForm'
import { AdminPanel } from '../AdminPanel'

export type CancelActivityPanelProps = {
  activityId: string
  title: string
  /** Volunteers signed up or waiting, who will be told. */
  signedUp: number
  onCancelled: () => void
  onClose: () => void
}

const REASON = reasonField('cancel-activity-form__reason', '如：天气预警，活动改期', {
  label: '取消原因',
  required: true,
})

/** 取消活动: the reason is sent to everyone signed up or waiting. */
export function CancelActivityPanel(props: CancelActivityPanelProps) {
  const form = useFieldValues({ reason: '' })
  const cancel = useFormAction(CancelActivityInput, api.activity.cancel, () => props.onCancelled())

  return (
    <AdminPanel
      name="cancel-activity-panel"
      title="取消活动"
      subtitle={props.title}
      onClose={props.onClose}
    >
      <ActionForm
        className="cancel-activity-form"
        action={cancel}
        submitLabel="确认取消活动"
        onSubmit={() => cancel.submit({ activityId: props.activityId, ...form.values })}
      >
        <Text className="console-form__hint cancel-activity-form__notice">
          {props.signedUp
            ? `已有 ${props.signedUp} 人报名或候补，取消后每个人都会收到通知和取消原因。`
            : '还没有人报名。取消后活动不再接受报名。'}
        </Text>
        <FormFields fields={[REASON]} form={form} errors={cancel.fieldErrors} />
      </ActionForm>
    </AdminPanel>
  )
}

import { useState } from 'react'
import { Text } from '@tarojs/components'
import { CancelActivityInput } from '../../../../types/activity'
import { TextAreaField } from '../../../components/TextAreaField'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { cancelActivity } from '../../../services/activity'
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

/** 取消活动: the reason is sent to everyone signed up or waiting. */
export function CancelActivityPanel(props: CancelActivityPanelProps) {
  const [reason, setReason] = useState('')
  const idempotency = useIdempotencyKey()
  const cancel = useAction(cancelActivity)

  const submit = async () => {
    const input = cancel.check(CancelActivityInput, { activityId: props.activityId, reason })
    if (!input) return
    const done = await cancel.run(input, { idempotencyKey: idempotency.key })
    if (done) props.onCancelled()
  }

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
        onSubmit={submit}
      >
        <Text className="console-form__hint cancel-activity-form__notice">
          {props.signedUp
            ? `已有 ${props.signedUp} 人报名或候补，取消后每个人都会收到通知和取消原因。`
            : '还没有人报名。取消后活动不再接受报名。'}
        </Text>
        <TextAreaField
          name="reason"
          label="取消原因"
          className="cancel-activity-form__reason"
          value={reason}
          max={200}
          placeholder="如：天气预警，活动改期"
          error={cancel.fieldErrors.reason}
          required
          onChange={setReason}
        />
      </ActionForm>
    </AdminPanel>
  )
}

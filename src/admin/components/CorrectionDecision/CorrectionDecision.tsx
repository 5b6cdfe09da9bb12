import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { DecideCorrectionInput } from '../../../../types/activity'
import { ChoiceField, type ChoiceSpec } from '../../../components/ChoiceField'
import { FormField } from '../../../components/FormField'
import { TextAreaField } from '../../../components/TextAreaField'
import { useFormAction } from '../../../hooks/use-form-action'
import { api } from '../../../services/call-function'
import { ActionForm } from '../ActionForm'

type Decision = 'approve' | 'reject'
const DECISION_CHOICE: ChoiceSpec<Decision> = {
  name: 'approve',
  chips: 'correction-choice',
  choices: [
    { value: 'approve', label: '同意' },
    { value: 'reject', label: '不同意' },
  ],
}

export type CorrectionDecisionProps = {
  recordId: string
  /** The hours the volunteer asked for: what approving records unless changed. */
  askedHours: number
  onDecided: (approved: boolean) => void
}

/** 同意 (the hours asked for, or others) or 不同意 with a reason the volunteer will read. */
export function CorrectionDecision({ recordId, askedHours, onDecided }: CorrectionDecisionProps) {
  const [decision, setDecision] = useState<Decision>()
  const [hours, setHours] = useState(String(askedHours))
  const [note, setNote] = useState('')
  const decide = useFormAction(
    DecideCorrectionInput,
    api.activity.decideCorrection,
    (_done, input) => onDecided(input.approve),
  )
  const errors = decide.fieldErrors

  const submit = () => {
    if (!decision) return decide.setFieldErrors({ approve: '请选择同意或不同意' })
    const approve = decision === 'approve'
    return decide.submit({
      recordId,
      approve,
      hours: approve ? (hours.trim() === '' ? undefined : Number(hours.trim())) : undefined,
      note: note.trim() || undefined,
    })
  }

  return (
    <ActionForm
      className="correction-decision"
      data={{ 'record-id': recordId }}
      action={decide}
      submitLabel={decision === 'reject' ? '不同意更正' : '确认'}
      submitFill={decision === 'reject' ? 'outline' : 'solid'}
      onSubmit={submit}
    >
      <ChoiceField spec={DECISION_CHOICE} errors={errors} value={decision} onChange={setDecision} />
      {decision === 'approve' ? (
        <FormField
          name="hours"
          label="记录为"
          error={errors.hours}
          hint="默认为志愿者申请的时长，可改（以半小时为单位）"
        >
          <View className="correction-decision__hours-row">
            <Input
              className="console-input correction-decision__hours"
              type="digit"
              value={hours}
              maxLength={4}
              onChange={setHours}
            />
            <Text className="console-table__muted">小时</Text>
          </View>
        </FormField>
      ) : null}
      {decision ? (
        <TextAreaField
          name="note"
          label={decision === 'reject' ? '不同意的原因' : '说明（可选）'}
          className="correction-decision__note"
          value={note}
          max={200}
          placeholder={decision === 'reject' ? '志愿者会看到这段说明' : '如：已核对签到记录'}
          error={errors.note}
          required={decision === 'reject'}
          onChange={setNote}
        />
      ) : null}
    </ActionForm>
  )
}

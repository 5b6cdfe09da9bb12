import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { DecideCorrectionInput } from '../../../../types/activity'
import type { ActionOutput } from '../../../../types/api'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useAction } from '../../../hooks/use-action'
import { useFieldValues } from '../../../hooks/use-field-values'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { api } from '../../../services/call-function'

type Item = ActionOutput<'activity', 'corrections'>['list'][number]

const NOTE_FIELDS: FieldSpec[] = [
  {
    name: 'note',
    className: 'correction-item__note',
    placeholder: '处理说明（不同意时必填）',
    max: 200,
  },
]

type Decision = {
  approve: boolean
  name: string
  label: string
  type?: 'primary'
  fill?: 'outline'
}

/** The leader's two answers, as their buttons show them. */
const DECISIONS: Decision[] = [
  { approve: true, name: 'approve', label: '同意', type: 'primary' },
  { approve: false, name: 'reject', label: '不同意', fill: 'outline' },
]

/** A volunteer's correction request on this activity, approved or rejected with a note. */
export function CorrectionItem({ item, onDone }: { item: Item; onDone: () => void }) {
  const form = useFieldValues({ note: '' })
  const decide = useAction(api.activity.decideCorrection)
  const key = useIdempotencyKey()
  const c = item.correction
  if (!c) return null

  const send = async (approve: boolean) => {
    const input = decide.check(DecideCorrectionInput, {
      recordId: item.recordId,
      approve,
      note: form.values.note.trim() || undefined,
    })
    if (!input) return
    if (await decide.run(input, { idempotencyKey: key.key })) {
      key.renew()
      Taro.showToast({ title: approve ? '已同意更正' : '已不同意', icon: 'none' })
      onDone()
    }
  }

  return (
    <View className="correction-item" data-record-id={item.recordId}>
      <Text className="correction-item__who">
        {item.volunteer}：记录 {item.hours} 小时，申请 {c.hours} 小时
      </Text>
      <Text className="correction-item__reason">原因：{c.reason}</Text>
      <FormFields fields={NOTE_FIELDS} form={form} errors={decide.fieldErrors} />
      <View className="correction-item__buttons">
        {DECISIONS.map((d) => (
          <Button
            key={d.name}
            className={`correction-item__${d.name}`}
            size="small"
            type={d.type}
            fill={d.fill}
            loading={decide.pending}
            onClick={() => send(d.approve)}
          >
            {d.label}
          </Button>
        ))}
      </View>
    </View>
  )
}

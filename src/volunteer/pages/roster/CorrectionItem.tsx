import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { DecideCorrectionInput } from '../../../../types/activity'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useAction } from '../../../hooks/use-action'
import { useFieldValues } from '../../../hooks/use-field-values'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { decideCorrection, type CorrectionPage } from '../../../services/activity'

type Item = CorrectionPage['list'][number]

const NOTE_FIELDS: FieldSpec[] = [
  {
    name: 'note',
    className: 'correction-item__note',
    placeholder: '处理说明（不同意时必填）',
    max: 200,
  },
]

/** A volunteer's correction request on this activity, approved or rejected with a note. */
export function CorrectionItem({ item, onDone }: { item: Item; onDone: () => void }) {
  const form = useFieldValues({ note: '' })
  const decide = useAction(decideCorrection)
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
        <Button
          className="correction-item__approve"
          size="small"
          type="primary"
          loading={decide.pending}
          onClick={() => send(true)}
        >
          同意
        </Button>
        <Button
          className="correction-item__reject"
          size="small"
          fill="outline"
          loading={decide.pending}
          onClick={() => send(false)}
        >
          不同意
        </Button>
      </View>
    </View>
  )
}

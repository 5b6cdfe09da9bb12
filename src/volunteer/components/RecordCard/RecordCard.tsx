import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { RequestCorrectionInput, type ServiceRecord } from '../../../../types/activity'
import { formatShanghai } from '../../../../types/shanghai-time'
import { FormCard } from '../../../components/FormCard'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useAction } from '../../../hooks/use-action'
import { useFieldValues } from '../../../hooks/use-field-values'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { api } from '../../../services/call-function'
import { ACTIVITY_CATEGORIES } from '../../labels'
import { FactRows, type Fact } from '../FactRows'
import './RecordCard.scss'

const CORRECTION_STATES = { pending: '更正审核中', approved: '更正已通过', rejected: '更正未通过' }

const CORRECTION_FIELDS: FieldSpec[] = [
  {
    name: 'hours',
    label: '应计时长（小时）',
    required: true,
    type: 'digit',
    className: 'correction-form__hours',
    max: 4,
  },
  {
    name: 'reason',
    label: '原因',
    required: true,
    multiline: true,
    className: 'correction-form__reason',
    placeholder: '如：负责人忘记为我签退，我实际服务到 11:30',
    max: 300,
  },
]

export type RecordCardProps = {
  record: ServiceRecord
  /** Downloads the certificate for this record's activity. */
  onCertificate: (activityId: string) => void
  downloading: boolean
}

/** One service record with every field the national rule names, its correction and certificate. */
export function RecordCard({ record: initial, onCertificate, downloading }: RecordCardProps) {
  const [record, setRecord] = useState(initial)
  const [correcting, setCorrecting] = useState(false)
  const c = record.correction
  const facts: Fact[] = [
    { name: 'date', label: '服务日期', value: record.date },
    { name: 'category', label: '类别', value: ACTIVITY_CATEGORIES[record.category] },
    { name: 'place', label: '服务地点', value: record.place },
    { name: 'content', label: '服务内容', value: record.content },
    { name: 'organiser', label: '组织单位', value: record.organiser },
    { name: 'leader', label: '活动负责人', value: record.leader },
    { name: 'recorded-at', label: '记录时间', value: formatShanghai(record.recordedAt) },
  ]
  return (
    <View className="record-card" data-record-id={record.recordId}>
      <View className="record-card__head">
        <Text className="record-card__title">{record.activityTitle}</Text>
        <Text className="record-card__hours">{record.hours} 小时</Text>
      </View>
      <FactRows row="record-row" owner="record-card" facts={facts} />
      {c ? (
        <Text className={`record-card__correction record-card__correction--${c.status}`}>
          {CORRECTION_STATES[c.status]}：申请 {c.hours} 小时，{c.reason}
          {c.decisionNote ? `（处理意见：${c.decisionNote}）` : ''}
        </Text>
      ) : null}
      <View className="record-card__buttons">
        <Button
          className="record-card__certificate"
          size="small"
          fill="outline"
          type="primary"
          loading={downloading}
          onClick={() => onCertificate(record.activityId)}
        >
          下载本次证明
        </Button>
        {c?.status !== 'pending' && !correcting ? (
          <Button
            className="record-card__correct"
            size="small"
            fill="outline"
            onClick={() => setCorrecting(true)}
          >
            申请更正
          </Button>
        ) : null}
      </View>
      {correcting ? (
        <CorrectionForm
          record={record}
          onDone={(updated) => {
            setRecord(updated)
            setCorrecting(false)
          }}
        />
      ) : null}
    </View>
  )
}

function CorrectionForm(props: { record: ServiceRecord; onDone: (r: ServiceRecord) => void }) {
  const form = useFieldValues({ hours: String(props.record.hours), reason: '' })
  const send = useAction(api.activity.requestCorrection)
  const key = useIdempotencyKey()

  const submit = async () => {
    const { hours, reason } = form.values
    const input = send.check(RequestCorrectionInput, {
      recordId: props.record.recordId,
      hours: hours.trim() ? Number(hours) : undefined,
      reason,
    })
    if (!input) return
    const updated = await send.run(input, { idempotencyKey: key.key })
    if (updated) {
      key.renew()
      Taro.showToast({ title: '更正申请已提交', icon: 'none' })
      props.onDone(updated)
    }
  }

  return (
    <FormCard
      name="correction-form"
      className="record-card__form"
      action={send}
      submitLabel="提交更正申请"
      onSubmit={submit}
    >
      <FormFields fields={CORRECTION_FIELDS} form={form} />
    </FormCard>
  )
}

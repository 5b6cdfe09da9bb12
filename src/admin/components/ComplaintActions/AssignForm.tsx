import { useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import {
  AssignComplaintInput,
  HANDLER_KIND_LABELS,
  type HandlerKind,
} from '../../../../types/complaint'
import { FormField } from '../../../components/FormField'
import { ActionForm } from '../ActionForm'
import { useAction } from '../../../hooks/use-action'
import { api } from '../../../services/call-function'
import { DEFAULT_DEADLINE_DAYS, deadlineIso, wallTimeIn, type WallTime } from './deadline'
import type { ComplaintFormProps } from './form-props'
import { ChoiceField } from '../../../components/ChoiceField'

/** The deadline's day and time, each picked with the picker of its own name. */
const DEADLINE_PARTS = ['date', 'time'] as const

const KINDS = (Object.keys(HANDLER_KIND_LABELS) as HandlerKind[]).map((value) => ({
  value,
  label: HANDLER_KIND_LABELS[value],
}))

/** Departments the district usually hands complaints to; the name stays free text. */
const DEPARTMENTS = ['市场监管所', '城管执法中队', '消防救援站', '卫生监督所']

const HANDLER_KIND_CHOICE = {
  name: 'handler.kind',
  label: '承办类型',
  chips: 'handler-kind',
  choices: KINDS,
}

function defaultName(kind: HandlerKind, shopName: string): string {
  if (kind === 'merchant') return shopName
  if (kind === 'department') return DEPARTMENTS[0]
  return '商圈党委'
}

/**
 * 交办: who handles the complaint (商户 / 商圈党委 / 职能部门) and by when. On a complaint already
 * assigned it is 重新交办 (e.g. when overdue), starting from the current handler.
 */
export function AssignForm({ complaint, onChanged }: ComplaintFormProps) {
  const again = complaint.status === 'assigned'
  const [kind, setKind] = useState<HandlerKind>(complaint.handler?.kind ?? 'merchant')
  const [name, setName] = useState(complaint.handler?.name ?? complaint.shopName)
  const [deadline, setDeadline] = useState<WallTime>(() => wallTimeIn(DEFAULT_DEADLINE_DAYS))
  const assign = useAction(api.complaint.assign)
  const errors = assign.fieldErrors

  const chooseKind = (next: HandlerKind) => {
    // Keep a name the committee typed; replace one that was only the previous default.
    if (!name.trim() || name === defaultName(kind, complaint.shopName)) {
      setName(defaultName(next, complaint.shopName))
    }
    setKind(next)
  }

  const submit = async () => {
    const input = assign.check(AssignComplaintInput, {
      complaintId: complaint.complaintId,
      handler: { kind, name },
      deadline: deadlineIso(deadline),
    })
    if (!input) return
    if (new Date(input.deadline).getTime() <= Date.now()) {
      return assign.setFieldErrors({ deadline: '办理期限须晚于现在' })
    }
    const next = await assign.run(input)
    if (next) onChanged(next)
  }

  return (
    <ActionForm
      className="assign-form"
      title={again ? '重新交办' : '交办'}
      action={assign}
      submitLabel={again ? '重新交办' : '交办'}
      onSubmit={submit}
    >
      <ChoiceField spec={HANDLER_KIND_CHOICE} value={kind} onChange={chooseKind} errors={errors} />
      <FormField name="handler.name" label="承办人" error={errors['handler.name']} required>
        <Input
          className="assign-form__name"
          value={name}
          maxLength={40}
          placeholder="承办单位或人员"
          onChange={setName}
        />
        {kind === 'department' ? (
          <View className="assign-form__suggestions">
            {DEPARTMENTS.map((department) => (
              <Text
                key={department}
                className="console-link assign-form__suggestion"
                onClick={() => setName(department)}
              >
                {department}
              </Text>
            ))}
          </View>
        ) : null}
      </FormField>
      <FormField
        name="deadline"
        label="办理期限"
        hint={`默认 ${DEFAULT_DEADLINE_DAYS} 天，逾期将标红督办`}
        error={errors.deadline}
        required
      >
        <View className="assign-form__deadline">
          {DEADLINE_PARTS.map((part) => (
            <Picker
              key={part}
              mode={part}
              value={deadline[part]}
              onChange={(e) => setDeadline({ ...deadline, [part]: String(e.detail.value) })}
            >
              <Text className={`console-input assign-form__${part}`}>{deadline[part]}</Text>
            </Picker>
          ))}
        </View>
      </FormField>
    </ActionForm>
  )
}

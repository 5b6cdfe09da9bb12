import { useState } from 'react'
import {
  ATTENDANCE_MARKS,
  RecordAttendanceInput,
  type AttendanceMark,
  type RosterEntry,
} from '../../../../types/activity'
import { formatShanghai } from '../../../../types/shanghai-time'
import type { ActionOutput } from '../../../../types/api'
import { ChoiceField, type ChoiceSpec } from '../../../components/ChoiceField'
import { FormCard } from '../../../components/FormCard'
import { FormFields, type FieldSpec } from '../../../components/FormFields'
import { useAction } from '../../../hooks/use-action'
import { useFieldValues } from '../../../hooks/use-field-values'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { api } from '../../../services/call-function'

const MARK_CHOICE: ChoiceSpec<AttendanceMark> = {
  name: 'mark',
  label: '出勤情况',
  required: true,
  chips: 'attendance-mark',
  choices: (Object.entries(ATTENDANCE_MARKS) as [AttendanceMark, string][]).map(
    ([value, label]) => ({ value, label }),
  ),
}

const HH_MM = /^([01]?\d|2[0-3]):[0-5]\d$/

const FIELDS: FieldSpec[] = [
  {
    name: 'checkInAt',
    label: '签到时间',
    hint: '如 09:05，不填表示无',
    className: 'attendance-form__check-in',
    placeholder: '如 09:30',
    max: 5,
  },
  {
    name: 'checkOutAt',
    label: '签退时间',
    hint: '如 11:30，不填表示无',
    className: 'attendance-form__check-out',
    placeholder: '如 09:30',
    max: 5,
  },
  {
    name: 'reason',
    label: '原因',
    required: true,
    multiline: true,
    className: 'attendance-form__reason',
    placeholder: '如：手机没电未能扫码，现场确认到岗',
    max: 200,
  },
]

/** The instant as HH:mm in Asia/Shanghai, or '' where there is none. */
function hhmm(at: string | null): string {
  return at ? formatShanghai(at, 'HH:mm') : ''
}

/** HH:mm on the activity's day (Asia/Shanghai) as the instant the server takes; '' is no time. */
function onDay(day: string, hhmm: string): string | null | undefined {
  const t = hhmm.trim()
  if (!t) return null
  return HH_MM.test(t) ? `${day}T${t.padStart(5, '0')}:00+08:00` : undefined
}

type Props = {
  activityId: string
  /** YYYY-MM-DD of the activity's start, Asia/Shanghai. */
  day: string
  entry: RosterEntry
  onDone: (roster: ActionOutput<'activity', 'roster'>) => void
}

/** 登记出勤 by hand for one volunteer: the mark, times where known, and the reason (audited). */
export function AttendanceForm({ activityId, day, entry, onDone }: Props) {
  const [mark, setMark] = useState<AttendanceMark | undefined>(entry.attendance ?? undefined)
  const form = useFieldValues({
    checkInAt: hhmm(entry.checkInAt),
    checkOutAt: hhmm(entry.checkOutAt),
    reason: '',
  })
  const send = useAction(api.activity.attendance)
  const key = useIdempotencyKey()

  const submit = async () => {
    const checkInAt = onDay(day, form.values.checkInAt)
    const checkOutAt = onDay(day, form.values.checkOutAt)
    const input = send.check(RecordAttendanceInput, {
      activityId,
      userId: entry.userId,
      mark,
      checkInAt: checkInAt === undefined ? 'x' : checkInAt,
      checkOutAt: checkOutAt === undefined ? 'x' : checkOutAt,
      reason: form.values.reason,
    })
    if (!input) return
    const roster = await send.run(input, { idempotencyKey: key.key })
    if (roster) {
      key.renew()
      onDone(roster)
    }
  }

  return (
    <FormCard
      name="attendance-form"
      className="roster-entry__form"
      action={send}
      submitLabel="保存出勤"
      onSubmit={submit}
    >
      <ChoiceField spec={MARK_CHOICE} value={mark} onChange={setMark} />
      <FormFields fields={FIELDS} form={form} />
    </FormCard>
  )
}

import { useState } from 'react'
import { Input } from '@nutui/nutui-react-taro'
import {
  ATTENDANCE_MARKS,
  RecordAttendanceInput,
  type AttendanceMark,
  type RosterEntry,
} from '../../../../types/activity'
import { formatShanghai } from '../../../../types/shanghai-time'
import { ChoiceChips, type Choice } from '../../../components/ChoiceChips'
import { FormCard } from '../../../components/FormCard'
import { FormField } from '../../../components/FormField'
import { TextAreaField } from '../../../components/TextAreaField'
import { useAction } from '../../../hooks/use-action'
import { useIdempotencyKey } from '../../../hooks/use-idempotency-key'
import { recordAttendance, type Roster } from '../../../services/activity'

const MARK_CHOICES: Choice<AttendanceMark>[] = (
  Object.entries(ATTENDANCE_MARKS) as [AttendanceMark, string][]
).map(([value, label]) => ({ value, label }))

const HH_MM = /^([01]?\d|2[0-3]):[0-5]\d$/

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
  onDone: (roster: Roster) => void
}

/** 登记出勤 by hand for one volunteer: the mark, times where known, and the reason (audited). */
export function AttendanceForm({ activityId, day, entry, onDone }: Props) {
  const [mark, setMark] = useState<AttendanceMark | undefined>(entry.attendance ?? undefined)
  const [inAt, setInAt] = useState(entry.checkInAt ? formatShanghai(entry.checkInAt, 'HH:mm') : '')
  const [outAt, setOutAt] = useState(
    entry.checkOutAt ? formatShanghai(entry.checkOutAt, 'HH:mm') : '',
  )
  const [reason, setReason] = useState('')
  const send = useAction(recordAttendance)
  const key = useIdempotencyKey()
  const errors = send.fieldErrors

  const submit = async () => {
    const checkInAt = onDay(day, inAt)
    const checkOutAt = onDay(day, outAt)
    const input = send.check(RecordAttendanceInput, {
      activityId,
      userId: entry.userId,
      mark,
      checkInAt: checkInAt === undefined ? 'x' : checkInAt,
      checkOutAt: checkOutAt === undefined ? 'x' : checkOutAt,
      reason,
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
      <FormField name="mark" label="出勤情况" error={errors.mark} required>
        <ChoiceChips
          name="attendance-mark"
          choices={MARK_CHOICES}
          value={mark}
          onChange={setMark}
        />
      </FormField>
      <FormField
        name="checkInAt"
        label="签到时间"
        error={errors.checkInAt}
        hint="如 09:05，不填表示无"
      >
        <Input
          className="attendance-form__check-in"
          placeholder="如 09:30"
          value={inAt}
          maxLength={5}
          onChange={setInAt}
        />
      </FormField>
      <FormField
        name="checkOutAt"
        label="签退时间"
        error={errors.checkOutAt}
        hint="如 11:30，不填表示无"
      >
        <Input
          className="attendance-form__check-out"
          placeholder="如 09:30"
          value={outAt}
          maxLength={5}
          onChange={setOutAt}
        />
      </FormField>
      <TextAreaField
        name="reason"
        label="原因"
        className="attendance-form__reason"
        value={reason}
        max={200}
        placeholder="如：手机没电未能扫码，现场确认到岗"
        error={errors.reason}
        required
        onChange={setReason}
      />
    </FormCard>
  )
}

import { Text, View } from '@tarojs/components'
import { inShanghai, shanghaiToday } from '../../../../types/shanghai-time'
import { TypedPicker } from '../TypedPicker'
import './DateTimeField.scss'

const DAY = /^\d{4}-\d{2}-\d{2}$/
const TIME = /^\d{2}:\d{2}$/

/** A Shanghai wall-clock moment as the form holds it: the day and the time typed or picked. */
export type DayTime = { day: string; time: string }

export const NO_DAY_TIME: DayTime = { day: '', time: '' }

/**
 * The instant the server expects, e.g. `2026-12-10T09:00:00+08:00`; '' when nothing is chosen, and
 * what was typed when it is not a day and a time (the schema then names the field).
 */
export function dayTimeIso({ day, time }: DayTime): string {
  if (!day && !time) return ''
  return DAY.test(day) && TIME.test(time) ? `${day}T${time}:00+08:00` : `${day} ${time}`.trim()
}

/** An instant from the server as the form shows it. */
export function dayTimeOf(iso: string): DayTime {
  const at = inShanghai(iso)
  return { day: at.format('YYYY-MM-DD'), time: at.format('HH:mm') }
}

export type DateTimeFieldProps = {
  /** Block class for tests: `activity-start` gives `__day`, `__time`, `__day-picker`, `__clear`. */
  name: string
  value: DayTime
  onChange: (value: DayTime) => void
  /** Offers 清除 when something is chosen (an optional time). */
  clearable?: boolean
}

/** The day and the time: their text boxes (h5), pickers and what a picker opens on. */
const PARTS = {
  day: {
    mode: 'date',
    pattern: DAY,
    placeholder: '如 2026-12-10',
    maxLength: 10,
    pick: '选日期',
    choose: '选择日期',
    fallback: shanghaiToday,
  },
  time: {
    mode: 'time',
    pattern: TIME,
    placeholder: '如 09:30',
    maxLength: 5,
    pick: '选时间',
    choose: '选择时间',
    fallback: () => '09:00',
  },
} as const

/**
 * A day and a time in Asia/Shanghai: the mini-program's pickers; on h5 also text boxes, since a
 * desktop browser's pickers are slow to reach.
 */
export function DateTimeField({ name, value, onChange, clearable }: DateTimeFieldProps) {
  return (
    <View className={`date-time-field ${name}`}>
      {(['day', 'time'] as const).map((part) => (
        <DayTimePart
          key={part}
          name={name}
          part={part}
          value={value[part]}
          onChange={(typed) => onChange({ ...value, [part]: typed })}
        />
      ))}
      {clearable && (value.day || value.time) ? (
        <Text
          className={`console-link date-time-field__clear ${name}__clear`}
          onClick={() => onChange(NO_DAY_TIME)}
        >
          清除
        </Text>
      ) : null}
    </View>
  )
}

type DayTimePartProps = {
  name: string
  part: keyof DayTime
  value: string
  onChange: (value: string) => void
}

/** The day or the time: `activity-start` and `day` give `activity-start__day`, `__day-picker`. */
function DayTimePart({ name, part, value, onChange }: DayTimePartProps) {
  const { fallback, ...spec } = PARTS[part]
  return (
    <TypedPicker
      {...spec}
      className="date-time-field__part"
      inputClassName={`console-input date-time-field__${part} ${name}__${part}`}
      pickerClassName={`console-link date-time-field__picker ${name}__${part}-picker`}
      value={value}
      fallback={fallback()}
      onChange={onChange}
    />
  )
}

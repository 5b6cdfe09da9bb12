import { Picker, Text, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { inShanghai, shanghaiToday } from '../../../../types/shanghai-time'
import './DateTimeField.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'
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

/**
 * A day and a time in Asia/Shanghai: the mini-program's pickers; on h5 also text boxes, since a
 * desktop browser's pickers are slow to reach.
 */
export function DateTimeField({ name, value, onChange, clearable }: DateTimeFieldProps) {
  const set = (part: Partial<DayTime>) => onChange({ ...value, ...part })
  return (
    <View className={`date-time-field ${name}`}>
      <View className="date-time-field__part">
        {IS_WEAPP ? null : (
          <Input
            className={`console-input date-time-field__day ${name}__day`}
            placeholder="如 2026-12-10"
            value={value.day}
            maxLength={10}
            onChange={(day) => set({ day })}
          />
        )}
        <Picker
          mode="date"
          value={DAY.test(value.day) ? value.day : shanghaiToday()}
          onChange={(e) => set({ day: String(e.detail.value) })}
        >
          <Text className={`console-link date-time-field__picker ${name}__day-picker`}>
            {IS_WEAPP ? value.day || '选择日期' : '选日期'}
          </Text>
        </Picker>
      </View>
      <View className="date-time-field__part">
        {IS_WEAPP ? null : (
          <Input
            className={`console-input date-time-field__time ${name}__time`}
            placeholder="如 09:30"
            value={value.time}
            maxLength={5}
            onChange={(time) => set({ time })}
          />
        )}
        <Picker
          mode="time"
          value={TIME.test(value.time) ? value.time : '09:00'}
          onChange={(e) => set({ time: String(e.detail.value) })}
        >
          <Text className={`console-link date-time-field__picker ${name}__time-picker`}>
            {IS_WEAPP ? value.time || '选择时间' : '选时间'}
          </Text>
        </Picker>
      </View>
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

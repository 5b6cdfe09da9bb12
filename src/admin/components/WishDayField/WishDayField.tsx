import { Text, View } from '@tarojs/components'
import { inShanghai } from '../../../../types/shanghai-time'
import '../../../components/ChoiceChips/ChoiceChips.scss'
import { TypedPicker } from '../TypedPicker'
import './WishDayField.scss'

const DAY = /^\d{4}-\d{2}-\d{2}$/

export type DayShortcut = { label: string; days: number }

export type WishDayFieldProps = {
  /** Block class for tests: `dispatch-deadline` gives `__input`, `__picker`, `__shortcut`. */
  name: string
  /** YYYY-MM-DD, or '' for none yet. */
  value: string
  onChange: (day: string) => void
  /** The earliest day offered by the picker (YYYY-MM-DD). */
  start?: string
  /** Quick picks counted from today (Asia/Shanghai), e.g. 7 天后. */
  shortcuts?: readonly DayShortcut[]
}

/** The Shanghai calendar day `days` from now. */
export function dayFromToday(days: number, now: Date = new Date()): string {
  return inShanghai(now).add(days, 'day').format('YYYY-MM-DD')
}

/**
 * A calendar day for the console (派单期限, a project's period): quick picks, the date picker, and
 * on h5 a text box as well, since a desktop browser's picker is slow to reach.
 */
export function WishDayField({ name, value, onChange, start, shortcuts = [] }: WishDayFieldProps) {
  return (
    <View className={`wish-day-field ${name}`}>
      {shortcuts.length ? (
        <View className="wish-day-field__shortcuts">
          {shortcuts.map((s) => {
            const day = dayFromToday(s.days)
            return (
              <Text
                key={s.days}
                data-value={day}
                className={`choice-chip ${name}__shortcut${day === value ? ' choice-chip--active' : ''}`}
                onClick={() => onChange(day)}
              >
                {s.label}
              </Text>
            )
          })}
        </View>
      ) : null}
      <TypedPicker
        mode="date"
        className="wish-day-field__row"
        inputClassName={`console-input wish-day-field__input ${name}__input`}
        pickerClassName={`console-link wish-day-field__picker ${name}__picker`}
        placeholder="YYYY-MM-DD"
        maxLength={10}
        pattern={DAY}
        fallback={start ?? dayFromToday(0)}
        start={start}
        pick="选择日期"
        choose="选择日期"
        value={value}
        onChange={onChange}
      />
    </View>
  )
}

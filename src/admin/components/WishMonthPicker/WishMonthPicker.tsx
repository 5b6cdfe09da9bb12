import { Text, View } from '@tarojs/components'
import { inShanghai, shanghaiMonth } from '../../../../types/shanghai-time'
import './WishMonthPicker.scss'

export type WishMonthPickerProps = {
  /** YYYY-MM */
  value: string
  onChange: (month: string) => void
}

function shift(month: string, by: number): string {
  return inShanghai(`${month}-01T12:00:00+08:00`).add(by, 'month').format('YYYY-MM')
}

/** ‹ 2026年12月 › — a month back or forward, never past the current one. */
export function WishMonthPicker({ value, onChange }: WishMonthPickerProps) {
  const current = shanghaiMonth(new Date())
  const [year, month] = value.split('-')
  const atLatest = value >= current
  return (
    <View className="wish-month-picker">
      <Text
        className="wish-month-picker__step wish-month-picker__prev"
        onClick={() => onChange(shift(value, -1))}
      >
        ‹ 上月
      </Text>
      <Text className="wish-month-picker__value" data-month={value}>
        {year}年{Number(month)}月
      </Text>
      <Text
        className={`wish-month-picker__step wish-month-picker__next${atLatest ? ' wish-month-picker__step--off' : ''}`}
        onClick={() => (atLatest ? undefined : onChange(shift(value, 1)))}
      >
        下月 ›
      </Text>
    </View>
  )
}

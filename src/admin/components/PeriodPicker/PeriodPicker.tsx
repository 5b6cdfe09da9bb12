import { Text, View } from '@tarojs/components'
import {
  PERIOD_PRESETS,
  presetPeriod,
  type PeriodInput,
  type PeriodPreset,
} from '../../../../types/dashboard'
import { FilterChips } from '../../../components/FilterChips'
import { WishMonthPicker } from '../WishMonthPicker'
import './PeriodPicker.scss'

/** `all`: no period at all (lists that can show every time, like the audit log). */
export type PickedPeriod = PeriodInput & { preset: PeriodPreset | 'all' }

/** This month, the period a committee reports on by default. */
export function defaultPeriod(): PickedPeriod {
  return { preset: 'month', ...presetPeriod('month') }
}

const PRESETS = (Object.keys(PERIOD_PRESETS) as PeriodPreset[]).map((value) => ({
  value: value as PickedPeriod['preset'],
  label: PERIOD_PRESETS[value] as string,
}))

export type PeriodPickerProps = {
  value: PickedPeriod
  onChange: (p: PickedPeriod) => void
  /** Offers 全部时间 first. */
  anyTime?: boolean
}

/** 本月 / 本季度 / 本年, or 自定义: a first and a last month, kept in order. */
export function PeriodPicker({ value, onChange, anyTime }: PeriodPickerProps) {
  const options = anyTime ? [{ value: 'all' as const, label: '全部时间' }, ...PRESETS] : PRESETS
  const pick = (preset: PickedPeriod['preset'] | undefined) => {
    if (!preset || preset === value.preset) return
    onChange(
      preset === 'custom' || preset === 'all'
        ? { ...value, preset }
        : { preset, ...presetPeriod(preset) },
    )
  }
  const setFrom = (from: string) =>
    onChange({ ...value, from, to: from > value.to ? from : value.to })
  const setTo = (to: string) => onChange({ ...value, from: to < value.from ? to : value.from, to })
  return (
    <View className="period-picker">
      <FilterChips name="period-preset" options={options} value={value.preset} onChange={pick} />
      {value.preset === 'custom' ? (
        <View className="period-picker__range">
          <View className="period-picker__end period-picker__from">
            <Text className="period-picker__label">从</Text>
            <WishMonthPicker value={value.from} onChange={setFrom} />
          </View>
          <View className="period-picker__end period-picker__to">
            <Text className="period-picker__label">到</Text>
            <WishMonthPicker value={value.to} onChange={setTo} />
          </View>
        </View>
      ) : null}
    </View>
  )
}

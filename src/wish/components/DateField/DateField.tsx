import { Picker, Text, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { shanghaiToday } from '../../../../types/shanghai-time'
import './DateField.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'
const DAY = /^\d{4}-\d{2}-\d{2}$/

export type DateFieldProps = {
  /** Block class for tests: `wish-wanted-by` gives `.wish-wanted-by__input`, `__clear`. */
  name: string
  /** YYYY-MM-DD, or '' for none. */
  value: string
  onChange: (day: string) => void
  /** The earliest day that may be picked (YYYY-MM-DD): today in Shanghai unless said. */
  start?: string
  /** What the mini-program's picker says before a day is chosen. */
  placeholder?: string
  /** Offers 清除 when a day is chosen (an optional date). */
  clearable?: boolean
}

/**
 * A calendar day: the mini-program's date picker; on h5 also a text box, since a desktop browser's
 * picker is awkward to reach.
 */
export function DateField({
  name,
  value,
  onChange,
  start = shanghaiToday(),
  placeholder = '请选择日期',
  clearable,
}: DateFieldProps) {
  return (
    <View className={`date-field ${name}`}>
      {IS_WEAPP ? null : (
        <Input
          className={`date-field__input ${name}__input`}
          placeholder="YYYY-MM-DD"
          value={value}
          maxLength={10}
          onChange={onChange}
        />
      )}
      <Picker
        mode="date"
        value={DAY.test(value) ? value : start}
        start={start}
        onChange={(e) => onChange(e.detail.value)}
      >
        <Text className={`date-field__picker ${name}__picker`}>
          {IS_WEAPP ? value || placeholder : '选择日期'}
        </Text>
      </Picker>
      {clearable && value ? (
        <Text className={`date-field__clear ${name}__clear`} onClick={() => onChange('')}>
          清除
        </Text>
      ) : null}
    </View>
  )
}

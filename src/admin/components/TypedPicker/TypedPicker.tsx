import { Picker, Text, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

export type TypedPickerProps = {
  mode: 'date' | 'time'
  /** What is typed or picked, e.g. `2026-12-10` or `09:30`; '' for nothing yet. */
  value: string
  onChange: (value: string) => void
  /** Classes of the row, of the text box and of the link that opens the picker. */
  className: string
  inputClassName: string
  pickerClassName: string
  placeholder: string
  maxLength: number
  /** What the picker can show: a value that is not one opens it on `fallback`. */
  pattern: RegExp
  fallback: string
  /** The earliest day the picker offers. */
  start?: string
  /** The link's text on h5; on weapp it shows the value, or `choose` while there is none. */
  pick: string
  choose: string
}

/**
 * A day or a time from the mini-program's picker; on h5 also typed into a text box, since a
 * desktop browser's pickers are slow to reach.
 */
export function TypedPicker(props: TypedPickerProps) {
  const { value, onChange } = props
  return (
    <View className={props.className}>
      {IS_WEAPP ? null : (
        <Input
          className={props.inputClassName}
          placeholder={props.placeholder}
          value={value}
          maxLength={props.maxLength}
          onChange={onChange}
        />
      )}
      <Picker
        mode={props.mode}
        value={props.pattern.test(value) ? value : props.fallback}
        start={props.start}
        onChange={(e) => onChange(String(e.detail.value))}
      >
        <Text className={props.pickerClassName}>
          {IS_WEAPP ? value || props.choose : props.pick}
        </Text>
      </Picker>
    </View>
  )
}

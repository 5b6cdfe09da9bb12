import { Text, View } from '@tarojs/components'

export type FactRowProps = {
  /** Block class, e.g. `member-fact`: gives `<block>__label`, `<block>__value`. */
  block: string
  label: string
  value: string
  /** Adds `<block>--<name>` to the row, for tests. */
  name?: string
  /** Shows the value in red: past a deadline, a reason for refusing. */
  alert?: boolean
}

/** One labelled fact of a case in the console (投诉人, 入党时间…). */
export function FactRow({ block, label, value, name, alert = false }: FactRowProps) {
  return (
    <View className={`${block}${name ? ` ${block}--${name}` : ''}`}>
      <Text className={`${block}__label`}>{label}</Text>
      <Text className={`${block}__value${alert ? ' console-table__alert' : ''}`}>{value}</Text>
    </View>
  )
}

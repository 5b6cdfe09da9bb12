import { Text, View } from '@tarojs/components'

export type DetailRowProps = {
  /** Block class of the detail: `wish-detail` gives `.wish-detail__row`, `__label`, `__value`. */
  block: string
  label: string
  value: string
  /** Adds `${block}__${name}` to the row, for tests. */
  name?: string
  /** Makes the value a link (›). */
  onClick?: () => void
}

/** One labelled line of a record's detail card (类别, 提交时间…). */
export function DetailRow({ block, label, value, name, onClick }: DetailRowProps) {
  return (
    <View className={`${block}__row${name ? ` ${block}__${name}` : ''}`} onClick={onClick}>
      <Text className={`${block}__label`}>{label}</Text>
      <Text className={`${block}__value${onClick ? ` ${block}__link` : ''}`}>
        {value}
        {onClick ? ' ›' : ''}
      </Text>
    </View>
  )
}

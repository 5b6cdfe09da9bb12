import { Text, View } from '@tarojs/components'

/** One labelled fact: `name` is its class modifier. */
export type Fact = { name: string; label: string; value: string }

export type FactRowsProps = {
  /** The rows' block class: `record-row` gives `.record-row--date`, `__label`, `__value`. */
  row: string
  /** The block each value also belongs to, for tests: `record-card` gives `.record-card__date`. */
  owner: string
  facts: readonly Fact[]
}

/** Facts as label-and-value rows (an activity's details, a record's, a certificate's). */
export function FactRows({ row, owner, facts }: FactRowsProps) {
  return (
    <>
      {facts.map(({ name, label, value }) => (
        <View key={name} className={`${row} ${row}--${name}`}>
          <Text className={`${row}__label`}>{label}</Text>
          <Text className={`${row}__value ${owner}__${name}`}>{value}</Text>
        </View>
      ))}
    </>
  )
}

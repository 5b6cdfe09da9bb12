import { ScrollView, Text, View } from '@tarojs/components'
import './FilterChips.scss'

export type FilterOption<V extends string> = { value: V | undefined; label: string }

/** A filter's options: “all” first, then each value, named by `label` (the value itself unless given). */
export function filterOptions<V extends string>(
  all: string,
  values: readonly V[],
  label: (value: V) => string = String,
): FilterOption<V>[] {
  return [
    { value: undefined, label: all },
    ...values.map((value) => ({ value, label: label(value) })),
  ]
}

/** A filter's block class and options, fixed for a page; the value and handler come with use. */
export type FilterRow<V extends string> = {
  /** Block class for tests and styling, e.g. `category-filter` gives `.category-filter__item`. */
  name: string
  options: FilterOption<V>[]
}

export type FilterChipsProps<V extends string> = FilterRow<V> & {
  value: V | undefined
  onChange: (value: V | undefined) => void
}

/** A single-choice row of chips; the option with value `undefined` means “all”. */
export function FilterChips<V extends string>({
  name,
  options,
  value,
  onChange,
}: FilterChipsProps<V>) {
  return (
    <ScrollView className={`filter-chips ${name}`} scrollX enableFlex>
      <View className="filter-chips__row">
        {options.map((option) => {
          const active = option.value === value
          return (
            <Text
              key={option.label}
              className={`filter-chip ${name}__item${active ? ` filter-chip--active ${name}__item--active` : ''}`}
              onClick={() => onChange(option.value)}
            >
              {option.label}
            </Text>
          )
        })}
      </View>
    </ScrollView>
  )
}

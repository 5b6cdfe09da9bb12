import { Text, View } from '@tarojs/components'
import './ChoiceChips.scss'

export type Choice<V extends string> = { value: V; label: string }

export type SingleChoice<V extends string> = {
  multiple?: false
  /** The chosen value, if any. */
  value: V | undefined
  onChange: (value: V) => void
}

export type MultipleChoice<V extends string> = {
  multiple: true
  /** The chosen values, any number of them. */
  value: readonly V[]
  onChange: (value: V[]) => void
}

export type ChoiceChipsProps<V extends string> = {
  /** Block class for tests, e.g. `severity-choice` gives `.severity-choice__item[data-value]`. */
  name: string
  choices: readonly Choice<V>[]
} & (SingleChoice<V> | MultipleChoice<V>)

/** Chips to pick one value (受理定级, 承办类型) or, when `multiple`, several (荣誉评定标准). */
export function ChoiceChips<V extends string>(props: ChoiceChipsProps<V>) {
  const { name, choices } = props
  const chosen = (value: V) =>
    props.multiple ? props.value.includes(value) : props.value === value
  const toggle = (value: V) => {
    if (!props.multiple) return props.onChange(value)
    const current = props.value
    props.onChange(
      current.includes(value) ? current.filter((v) => v !== value) : [...current, value],
    )
  }
  return (
    <View className={`choice-chips ${name}`}>
      {choices.map((choice) => {
        const active = chosen(choice.value)
        return (
          <Text
            key={choice.value}
            data-value={choice.value}
            className={`choice-chip ${name}__item${active ? ` choice-chip--active ${name}__item--active` : ''}`}
            onClick={() => toggle(choice.value)}
          >
            {choice.label}
          </Text>
        )
      })}
    </View>
  )
}

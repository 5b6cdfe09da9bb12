import { Text, View } from '@tarojs/components'
import './ChoiceChips.scss'

export type Choice<V extends string> = { value: V; label: string }

export type ChoiceChipsProps<V extends string> = {
  /** Block class for tests, e.g. `severity-choice` gives `.severity-choice__item[data-value]`. */
  name: string
  choices: readonly Choice<V>[]
  /** The chosen values: one for a single choice, any number when `multiple`. */
  value: readonly V[]
  onChange: (value: V[]) => void
  multiple?: boolean
}

/** Chips to pick one value (受理定级, 承办类型) or several (荣誉评定标准). */
export function ChoiceChips<V extends string>({
  name,
  choices,
  value,
  onChange,
  multiple = false,
}: ChoiceChipsProps<V>) {
  const toggle = (choice: V) => {
    if (!multiple) return onChange([choice])
    onChange(value.includes(choice) ? value.filter((v) => v !== choice) : [...value, choice])
  }
  return (
    <View className={`choice-chips ${name}`}>
      {choices.map((choice) => {
        const active = value.includes(choice.value)
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

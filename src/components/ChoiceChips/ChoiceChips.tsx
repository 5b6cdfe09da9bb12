import { Text, View } from '@tarojs/components'
import './ChoiceChips.scss'

export type ChoiceOption<V extends string> = { value: V; label: string }

export type ChoiceChipsProps<V extends string> = {
  /** Block class for tests and styling, e.g. `gender-choice` gives `.gender-choice__item`. */
  name: string
  options: readonly ChoiceOption<V>[]
  value: V | undefined
  onChange: (value: V) => void
}

/** A wrapping row of chips to pick exactly one option in a form. */
export function ChoiceChips<V extends string>({
  name,
  options,
  value,
  onChange,
}: ChoiceChipsProps<V>) {
  return (
    <View className={`choice-chips ${name}`}>
      {options.map((option) => (
        <Chip
          key={option.value}
          name={name}
          option={option}
          active={option.value === value}
          onTap={() => onChange(option.value)}
        />
      ))}
    </View>
  )
}

export type MultiChoiceChipsProps<V extends string> = {
  name: string
  options: readonly ChoiceOption<V>[]
  value: readonly V[]
  onChange: (value: V[]) => void
}

/** A wrapping row of chips to pick any number of options; the result keeps the options' order. */
export function MultiChoiceChips<V extends string>({
  name,
  options,
  value,
  onChange,
}: MultiChoiceChipsProps<V>) {
  const toggle = (picked: V) => {
    const next = value.includes(picked) ? value.filter((v) => v !== picked) : [...value, picked]
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)))
  }
  return (
    <View className={`choice-chips ${name}`}>
      {options.map((option) => (
        <Chip
          key={option.value}
          name={name}
          option={option}
          active={value.includes(option.value)}
          onTap={() => toggle(option.value)}
        />
      ))}
    </View>
  )
}

function Chip<V extends string>(props: {
  name: string
  option: ChoiceOption<V>
  active: boolean
  onTap: () => void
}) {
  const { name, option, active, onTap } = props
  return (
    <Text
      data-value={option.value}
      className={`choice-chip ${name}__item${active ? ` choice-chip--active ${name}__item--active` : ''}`}
      onClick={onTap}
    >
      {option.label}
    </Text>
  )
}

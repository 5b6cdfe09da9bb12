import { ChoiceChips } from '../../../components/ChoiceChips'
import type { Capacity } from '../../hooks/use-capacities'

export type ActingAsPickerProps = {
  capacities: readonly Capacity[]
  /** The chosen capacity's key. */
  value: string | undefined
  onChange: (key: string) => void
  /** Block class for tests, e.g. `claim-as` gives `.claim-as__item`. */
  name: string
}

/** Chips to pick 以什么身份: 党员本人, one of the person's shops, one of their branches. */
export function ActingAsPicker({ capacities, value, onChange, name }: ActingAsPickerProps) {
  return (
    <ChoiceChips
      name={name}
      choices={capacities.map((c) => ({ value: c.key, label: c.label }))}
      value={value}
      onChange={onChange}
    />
  )
}

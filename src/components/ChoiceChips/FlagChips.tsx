import { ChoiceChips, type Choice } from './ChoiceChips'

export type FlagChipsProps<V extends string> = {
  /** Block class for tests, as ChoiceChips takes it. */
  name: string
  /** The two answers, in the order shown. */
  choices: readonly Choice<V>[]
  /** The answer that means true, e.g. `yes` or `custom`. */
  yes: V
  value: boolean
  onChange: (value: boolean) => void
}

/** A yes-or-no setting as two chips (已购买保险 / 未购买保险). */
export function FlagChips<V extends string>({ yes, value, onChange, ...chips }: FlagChipsProps<V>) {
  const no = chips.choices.find((choice) => choice.value !== yes)?.value
  return (
    <ChoiceChips
      {...chips}
      value={value ? yes : no}
      onChange={(chosen) => onChange(chosen === yes)}
    />
  )
}

import type { ReactNode } from 'react'
import { ChoiceChips, type Choice, type MultipleChoice, type SingleChoice } from '../ChoiceChips'
import { useFieldErrors, type FieldErrors } from '../FormCard'
import { FormField } from '../FormField'

/** A field picked from chips, stated once as data: its name, label and choices. */
export type ChoiceSpec<V extends string> = {
  /** The field's name in the action's input: its error's `data-field`. */
  name: string
  /** None where the form's title already asks the question. */
  label?: string
  required?: boolean
  hint?: ReactNode
  /** The chips' block class, for tests (`register-standing`). */
  chips: string
  choices: readonly Choice<V>[]
}

export type ChoiceFieldProps<V extends string> = {
  spec: ChoiceSpec<V>
  /** The action's field errors, by path; those of the FormCard around unless given. */
  errors?: FieldErrors
} & (SingleChoice<V> | MultipleChoice<V>)

/** A form field whose control is a row of chips: label, chips and the field's error. */
export function ChoiceField<V extends string>(props: ChoiceFieldProps<V>) {
  const { spec, errors: given, ...choice } = props
  const errors = useFieldErrors(given)
  return (
    <FormField
      name={spec.name}
      label={spec.label}
      hint={spec.hint}
      required={spec.required}
      error={errors[spec.name]}
    >
      <ChoiceChips name={spec.chips} choices={spec.choices} {...choice} />
    </FormField>
  )
}

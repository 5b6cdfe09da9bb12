import type { ReactNode } from 'react'
import { Input } from '@nutui/nutui-react-taro'
import { FormField } from '../FormField'
import { TextAreaField } from '../TextAreaField'
import { useFieldErrors, type FieldErrors } from '../FormCard'
import type { FieldValues } from '../../hooks/use-field-values'

/** One text field of a form, stated as data: the form lists its fields once and FormFields draws them. */
export type FieldSpec = {
  /** The field's name in the action's input: its value's key and its error's `data-field`. */
  name: string
  label?: string
  placeholder?: string
  /** The most characters the control takes. */
  max?: number
  /** Shows the count against `max` (a box of several lines always does). */
  counted?: boolean
  /** A box of several lines instead of one. */
  multiline?: boolean
  rows?: number
  type?: 'text' | 'number' | 'digit' | 'tel' | 'idcard'
  required?: boolean
  hint?: ReactNode
  /** Class on the control itself, for styling and tests (`wish-form__title`). */
  className?: string
  /** The `name` attribute of a one-line control, where the page gives it one. */
  inputName?: string
  /** Turns what is typed into what is kept (a claim code in capitals). */
  normalize?: (typed: string) => string
}

export type FormFieldsProps = {
  fields: readonly FieldSpec[]
  form: FieldValues<string>
  /** The action's field errors, by path; those of the FormCard around unless given. */
  errors?: FieldErrors
  /** Called on every edit, e.g. to clear an error the edit may have fixed. */
  onEdit?: () => void
}

/** A box of several lines takes this many characters unless its spec says otherwise. */
const MULTILINE_MAX = 500

/** The text fields of a form, in the order given, each with its label, counter and error. */
export function FormFields({ fields, form, onEdit, ...props }: FormFieldsProps) {
  const errors = useFieldErrors(props.errors)
  return (
    <>
      {fields.map((spec) => (
        <OneField
          key={spec.name}
          spec={spec}
          form={form}
          error={errorOf(errors, spec.name)}
          onEdit={onEdit}
        />
      ))}
    </>
  )
}

/** The error of the field itself, else the first of its parts (`areas.0` under `areas`). */
function errorOf(errors: FieldErrors, name: string): string | undefined {
  return errors[name] ?? Object.entries(errors).find(([path]) => path.startsWith(`${name}.`))?.[1]
}

function OneField(props: {
  spec: FieldSpec
  form: FieldValues<string>
  error?: string
  onEdit?: () => void
}) {
  const { spec, form, error, onEdit } = props
  const { name, label, hint, required, className, placeholder, max } = spec
  const value = form.values[name] ?? ''
  const onChange = (typed: string) => {
    form.set(name, spec.normalize ? spec.normalize(typed) : typed)
    onEdit?.()
  }
  const field = { name, label, hint, required, error }
  if (spec.multiline)
    return (
      <TextAreaField
        {...field}
        className={className}
        placeholder={placeholder}
        max={max ?? MULTILINE_MAX}
        rows={spec.rows}
        value={value}
        onChange={onChange}
      />
    )
  const counter = spec.counted && max ? { length: value.length, max } : undefined
  return (
    <FormField {...field} counter={counter}>
      <Input
        className={className}
        name={spec.inputName}
        type={spec.type}
        placeholder={placeholder}
        value={value}
        maxLength={max}
        onChange={onChange}
      />
    </FormField>
  )
}

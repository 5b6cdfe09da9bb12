import type { ReactNode } from 'react'
import { Input } from '@nutui/nutui-react-taro'
import { FormField } from '../FormField'

export type TextInputFieldProps = {
  /** The field's name in the action's input: its error's `data-field` and the input's `name`. */
  name: string
  label?: string
  value: string
  onChange: (value: string) => void
  /** The most characters allowed. */
  max?: number
  placeholder?: string
  error?: string
  hint?: ReactNode
  required?: boolean
  /** `tel` for a phone number. */
  type?: 'text' | 'tel'
  /** Called when the keyboard's confirm key is pressed. */
  onConfirm?: () => void
  /** Class on the input itself, for styling and tests (`register-form__post`). */
  className?: string
}

/** A form field holding a one-line text box. */
export function TextInputField(props: TextInputFieldProps) {
  const { name, label, error, hint, required } = props
  return (
    <FormField name={name} label={label} error={error} hint={hint} required={required}>
      <Input
        className={props.className}
        name={name}
        type={props.type ?? 'text'}
        placeholder={props.placeholder}
        value={props.value}
        // Left out when unset: an explicit undefined would replace NutUI's own default.
        {...(props.max === undefined ? {} : { maxLength: props.max })}
        onChange={props.onChange}
        onConfirm={props.onConfirm}
      />
    </FormField>
  )
}

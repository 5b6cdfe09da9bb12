import type { ReactNode } from 'react'
import { TextArea } from '@nutui/nutui-react-taro'
import { FormField } from '../FormField'

export type TextAreaFieldProps = {
  /** The field's name in the action's input: its error's `data-field`. */
  name: string
  label?: string
  value: string
  onChange: (value: string) => void
  /** The most characters allowed; the count against it shows beside the label. */
  max: number
  placeholder?: string
  error?: string
  hint?: ReactNode
  required?: boolean
  /** Lines of text the box shows. */
  rows?: number
  /** Class on the text box itself, for styling and tests (`complain-description`). */
  className?: string
}

/** A form field holding a text box of several lines, with its character count. */
export function TextAreaField(props: TextAreaFieldProps) {
  const { name, label, value, max, error, hint, required } = props
  return (
    <FormField
      name={name}
      label={label}
      error={error}
      hint={hint}
      required={required}
      counter={{ length: value.length, max }}
    >
      <TextArea
        className={props.className}
        value={value}
        maxLength={max}
        rows={props.rows}
        placeholder={props.placeholder}
        onChange={props.onChange}
      />
    </FormField>
  )
}

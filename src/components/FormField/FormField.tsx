import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { FieldError } from '../FieldError'
import './FormField.scss'

export type FormFieldProps = {
  /** The field's name in the action's input (`realName`, `handler.name`): its error's `data-field`. */
  name: string
  label?: string
  /** The message under the control; nothing shows when the field is fine. */
  error?: string
  /** A note under the control (beside the label when inline), e.g. what the default is. */
  hint?: ReactNode
  /** Characters typed against the limit: beside the label, or under the control when unlabelled. */
  counter?: { length: number; max: number }
  /** Marks a field the form cannot be sent without. */
  required?: boolean
  /** `inline` puts the label and hint beside the control (a switch) instead of above it. */
  layout?: 'stacked' | 'inline'
  className?: string
  /** The control: an Input, a TextArea, ChoiceChips, a picker, a switch… */
  children: ReactNode
}

/** One form field: its label, the control, a hint, the character count and the field's error. */
export function FormField(props: FormFieldProps) {
  const { name, label, error, hint, counter, required, layout = 'stacked', className } = props
  const labelText = label ? (
    <Text className="form-field__label">
      {required ? <Text className="form-field__required">*</Text> : null}
      {label}
    </Text>
  ) : null
  const hintText = hint ? <Text className="form-field__hint">{hint}</Text> : null
  return (
    <View
      className={`form-field form-field--${layout}${className ? ` ${className}` : ''}`}
      data-field={name}
    >
      {layout === 'inline' ? (
        <View className="form-field__row">
          <View className="form-field__text">
            {labelText}
            {hintText}
          </View>
          {props.children}
        </View>
      ) : (
        <>
          {label ? (
            <View className="form-field__head">
              {labelText}
              {counter ? <Counter {...counter} /> : null}
            </View>
          ) : null}
          {props.children}
          {counter && !label ? <Counter {...counter} /> : null}
          {hintText}
        </>
      )}
      <FieldError field={name} message={error} />
    </View>
  )
}

function Counter({ length, max }: { length: number; max: number }) {
  return (
    <Text className={`form-field__counter${length > max ? ' form-field__counter--over' : ''}`}>
      {length}/{max}
    </Text>
  )
}

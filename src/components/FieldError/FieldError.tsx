import { Text } from '@tarojs/components'
import './FieldError.scss'

export type FieldErrorProps = { message?: string; field: string }

/** A field's error, shown under it; renders nothing when the field is fine. */
export function FieldError({ message, field }: FieldErrorProps) {
  if (!message) return null
  return (
    <Text className="field-error" data-field={field}>
      {message}
    </Text>
  )
}

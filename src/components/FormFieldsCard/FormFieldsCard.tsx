import type { ReactNode } from 'react'
import { FormCard, type FormCardProps } from '../FormCard'
import { FormFields, type FieldSpec } from '../FormFields'
import type { FieldValues } from '../../hooks/use-field-values'

export type FormFieldsCardProps = Omit<FormCardProps, 'action' | 'children'> & {
  /** The action the button sends; its field errors show under the fields they name. */
  action: FormCardProps['action'] & {
    fieldErrors: Record<string, string | undefined>
    setFieldErrors: (errors: Record<string, string>) => void
  }
  fields: readonly FieldSpec[]
  form: FieldValues<string>
  /** Takes the errors away as soon as the person edits, for a form of one field (a code, a name). */
  clearErrorsOnEdit?: boolean
  /** Fields after the text ones, e.g. photos. */
  children?: ReactNode
}

/** A form card whose fields are text fields stated as specs, checked and sent by one action. */
export function FormFieldsCard(props: FormFieldsCardProps) {
  const { fields, form, clearErrorsOnEdit, children, ...card } = props
  const { action } = card
  const clearErrors = () => {
    if (Object.keys(action.fieldErrors).length) action.setFieldErrors({})
  }
  return (
    <FormCard {...card}>
      <FormFields
        fields={fields}
        form={form}
        onEdit={clearErrorsOnEdit ? clearErrors : undefined}
      />
      {children}
    </FormCard>
  )
}

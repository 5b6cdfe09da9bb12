import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { SubmitButton } from './SubmitButton'
import { FieldErrorsContext, type FieldErrors } from './field-errors'
import './FormCard.scss'

export type FormCardProps = {
  /** Block class for styling and tests: `rate-form` gives `.rate-form__submit`, `__hint`, `__error`. */
  name: string
  title?: string
  /** What the form is for, under the title. */
  hint?: ReactNode
  /**
   * The action the button sends: its pending state, an error that names no field, and the errors
   * that name one, which the fields inside show.
   */
  action: { pending: boolean; formError?: string; fieldErrors?: FieldErrors }
  submitLabel: ReactNode
  onSubmit: () => void
  submitDisabled?: boolean
  /** `outline` for a form beside the page's main task (a public reply). */
  submitFill?: 'solid' | 'outline'
  /** Other buttons in the row, before the submit button (保存草稿, 已离开该店铺). */
  buttons?: ReactNode
  /** More classes on the card, e.g. `section`. */
  className?: string
  /** The fields. */
  children: ReactNode
}

const NO_ERRORS: FieldErrors = {}

/** A form in a card: title, fields, the error that belongs to no field, and the submit button. */
export function FormCard(props: FormCardProps) {
  const { name, title, hint, action, className } = props
  return (
    <View className={`card form-card ${name}${className ? ` ${className}` : ''}`}>
      {title ? <Text className="section__title">{title}</Text> : null}
      {hint ? <Text className={`form-card__hint ${name}__hint`}>{hint}</Text> : null}
      <FieldErrorsContext.Provider value={action.fieldErrors ?? NO_ERRORS}>
        {props.children}
      </FieldErrorsContext.Provider>
      {action.formError ? (
        <Text className={`form-card__error ${name}__error`}>{action.formError}</Text>
      ) : null}
      <View className="form-card__buttons">
        {props.buttons}
        <SubmitButton
          className={`${name}__submit`}
          action={action}
          onSubmit={props.onSubmit}
          disabled={props.submitDisabled}
          fill={props.submitFill}
          block
        >
          {props.submitLabel}
        </SubmitButton>
      </View>
    </View>
  )
}

import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { SubmitButton } from '../../../components/FormCard'
import './ActionForm.scss'

export type ActionFormProps = {
  /** Classes for styling and tests, e.g. `accept-form`; the first is the block of the buttons'. */
  className: string
  /** `data-*` attributes that name what the form acts on, e.g. `{ honour: '党员示范店' }`. */
  data?: Record<string, string>
  title?: ReactNode
  /** The action the button sends. */
  action: { pending: boolean }
  submitLabel: ReactNode
  /** `<block>__submit` unless given. */
  submitClassName?: string
  onSubmit: () => void
  submitDisabled?: boolean
  /** `outline` for a decision that turns something down (不予受理, 撤销). */
  submitFill?: 'solid' | 'outline'
  /** Offers 取消 beside the submit button. */
  onCancel?: () => void
  /** `<block>__cancel` unless given. */
  cancelClassName?: string
  /** Shown at the start of the button row, e.g. how many are chosen. */
  aside?: ReactNode
  /** `normal` for a form that is the page's main task (新建店铺). */
  size?: 'small' | 'normal'
  /** The fields, or what the action will do. */
  children?: ReactNode
}

/** One action of the committee console: a title, its fields and a right-aligned 取消 / submit row. */
export function ActionForm(props: ActionFormProps) {
  const { className, title, action, size = 'small' } = props
  const block = className.split(' ')[0]
  const data = Object.fromEntries(
    Object.entries(props.data ?? {}).map(([key, value]) => [`data-${key}`, value]),
  )
  return (
    <View className={`action-form ${className}`} {...data}>
      {title ? <Text className="action-form__title">{title}</Text> : null}
      {props.children}
      <View className="action-form__buttons">
        {props.aside}
        {props.onCancel ? (
          <Button
            className={props.cancelClassName ?? `${block}__cancel`}
            size={size}
            onClick={props.onCancel}
          >
            取消
          </Button>
        ) : null}
        <SubmitButton
          className={props.submitClassName ?? `${block}__submit`}
          action={action}
          onSubmit={props.onSubmit}
          disabled={props.submitDisabled}
          fill={props.submitFill}
          size={size}
        >
          {props.submitLabel}
        </SubmitButton>
      </View>
    </View>
  )
}

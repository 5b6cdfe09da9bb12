import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import './ActionForm.scss'

export type ActionFormProps = {
  /** Classes for styling and tests, e.g. `accept-form`. */
  className: string
  /** `data-*` attributes that name what the form acts on, e.g. `{ honour: '党员示范店' }`. */
  data?: Record<string, string>
  title?: ReactNode
  /** The action the button sends. */
  action: { pending: boolean }
  submitLabel: ReactNode
  submitClassName: string
  onSubmit: () => void
  submitDisabled?: boolean
  /** `outline` for a decision that turns something down (不予受理, 撤销). */
  submitFill?: 'solid' | 'outline'
  /** Offers 取消 beside the submit button. */
  onCancel?: () => void
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
          <Button className={props.cancelClassName} size={size} onClick={props.onCancel}>
            取消
          </Button>
        ) : null}
        <Button
          className={props.submitClassName}
          size={size}
          type="primary"
          fill={props.submitFill}
          disabled={props.submitDisabled}
          loading={action.pending}
          onClick={props.onSubmit}
        >
          {props.submitLabel}
        </Button>
      </View>
    </View>
  )
}

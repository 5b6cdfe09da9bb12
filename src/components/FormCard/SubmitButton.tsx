import type { ReactNode } from 'react'
import { Button } from '@nutui/nutui-react-taro'

export type SubmitButtonProps = {
  className: string
  /** The action the button sends: busy while it runs. */
  action: { pending: boolean }
  onSubmit: () => void
  disabled?: boolean
  /** `outline` for a decision that turns something down, or a form beside the page's main task. */
  fill?: 'solid' | 'outline'
  size?: 'small' | 'normal'
  /** Full width, under a form in a card. */
  block?: boolean
  children: ReactNode
}

/** A form's primary button, busy while its action runs (FormCard, the console's ActionForm). */
export function SubmitButton(props: SubmitButtonProps) {
  // NutUI spreads its defaults under the props given, so an undefined size would replace 'normal'.
  const { size = 'normal', block = false } = props
  return (
    <Button
      className={props.className}
      type="primary"
      fill={props.fill}
      size={size}
      block={block}
      disabled={props.disabled}
      loading={props.action.pending}
      onClick={props.onSubmit}
    >
      {props.children}
    </Button>
  )
}

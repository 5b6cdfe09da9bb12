import type { ComponentProps } from 'react'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { useAction } from '../../hooks/use-action'
import { useIdempotencyKey } from '../../hooks/use-idempotency-key'
import type { CallOptions } from '../../services/call-function'

/** The modal that asks before the action is sent; `confirmColor` red for what cannot be undone. */
export type ConfirmAsk = {
  title: string
  content: string
  confirmText: string
  confirmColor?: string
}

export type ConfirmButtonProps<T> = Omit<
  ComponentProps<typeof Button>,
  'onClick' | 'loading' | 'block'
> & {
  ask: ConfirmAsk
  /** The action, sent with the confirmation's idempotency key. */
  send: (options: CallOptions) => Promise<T>
  /** What follows a success (a toast, a reload). */
  onDone: (result: T) => void
}

/** A full-width button for a weighty action (撤回心愿, 全部签退, 注销): asks, then sends once. */
export function ConfirmButton<T>({ ask, send, onDone, ...button }: ConfirmButtonProps<T>) {
  const action = useAction(send)
  const key = useIdempotencyKey()

  const confirmAndSend = async () => {
    const answer = await Taro.showModal(ask)
    if (!answer.confirm) return
    const result = await action.run({ idempotencyKey: key.key })
    if (result === undefined) return
    key.renew()
    onDone(result)
  }

  return <Button {...button} block loading={action.pending} onClick={confirmAndSend} />
}

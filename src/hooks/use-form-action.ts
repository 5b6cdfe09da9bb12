import type { z } from 'zod'
import type { CallOptions } from '../services/call-function'
import { useAction, type ActionState } from './use-action'
import { useIdempotencyKey } from './use-idempotency-key'

export type FormAction<S extends z.ZodType, R> = ActionState<[z.output<S>, CallOptions], R> & {
  /** Checks the form's value with the schema, sends it, and hands the reply (and what was sent) to `onSent`. */
  submit: (value: unknown) => Promise<void>
}

export type FormActionOptions = {
  /**
   * Runs once the value passes, before it is sent: asking to subscribe to notices, which weapp
   * allows only within the tap.
   */
  beforeSend?: () => void
}

/**
 * A form's action: the value is checked with the action's own schema (errors show under their
 * fields), sent with one idempotency key per logical write (a retry reuses it), and the reply is
 * handed on; the key is renewed after success.
 */
export function useFormAction<S extends z.ZodType, R>(
  schema: S,
  send: (input: z.output<S>, options: CallOptions) => Promise<R>,
  onSent: (reply: R, input: z.output<S>) => void,
  { beforeSend }: FormActionOptions = {},
): FormAction<S, R> {
  const action = useAction(send)
  const idempotency = useIdempotencyKey()
  const submit = async (value: unknown) => {
    const input = action.check(schema, value)
    if (!input) return
    beforeSend?.()
    const reply = await action.run(input, { idempotencyKey: idempotency.key })
    if (reply === undefined) return
    idempotency.renew()
    onSent(reply, input)
  }
  return { ...action, submit }
}

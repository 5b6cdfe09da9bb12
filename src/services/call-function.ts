// The one transport between pages and cloud functions. On weapp it is `wx.cloud.callFunction`; on h5
// `Taro.cloud` is only a stub, so we POST to the local/CloudBase HTTP gateway instead. Both return
// the same envelope, which is unwrapped here so callers get data or an ApiError.
import Taro from '@tarojs/taro'
import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../types/api'
import type { Envelope } from '../../types/envelope'
import { ApiError } from './api-error'
import { getToken } from './session'

export type CallOptions = {
  /** Sent with writes a client may retry, so the server answers a retry with the first reply. */
  idempotencyKey?: string
}

type Request = { action: string; data: unknown; idempotencyKey?: string }

/** Calls `fn.action` with typed input and resolves with its typed output. */
export async function callFunction<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  data: ActionInput<F, A>,
  options: CallOptions = {},
): Promise<ActionOutput<F, A>> {
  const request: Request = { action, data }
  if (options.idempotencyKey) request.idempotencyKey = options.idempotencyKey
  const envelope = await send(fn, request)
  return unwrap(envelope) as ActionOutput<F, A>
}

async function send(fn: string, request: Request): Promise<unknown> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const res = await Taro.cloud.callFunction({ name: fn, data: request })
      return res.result
    } catch {
      throw new ApiError('NETWORK')
    }
  } else {
    let res: Response
    try {
      res = await fetch(`${process.env.TARO_APP_API_BASE}/api/${fn}`, {
        method: 'POST',
        headers: authHeaders(),
        body: JSON.stringify(request),
      })
    } catch {
      throw new ApiError('NETWORK')
    }
    // Error statuses still carry the envelope; only a body that is not JSON is a gateway failure.
    return res.json().catch(() => undefined)
  }
}

function authHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = getToken()
  if (token) headers.Authorization = `Bearer ${token}`
  return headers
}

function unwrap(envelope: unknown): unknown {
  if (!isEnvelope(envelope)) throw new ApiError('INTERNAL', '服务返回格式有误')
  if (envelope.ok) return envelope.data
  const { code, message, issues } = envelope.error
  throw new ApiError(code, message, issues ?? [])
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  const v = value as { ok: unknown; error?: { code?: unknown } }
  return v.ok === true || (v.ok === false && typeof v.error?.code === 'string')
}

/** A fresh key for one logical write; reuse it when retrying that write. */
export function newIdempotencyKey(): string {
  const random = Math.random().toString(36).slice(2, 12)
  return `${Date.now().toString(36)}-${random}`
}

/** An action client's arguments: its input (left out where every field is optional), then options. */
type CallerArgs<I> =
  Record<never, never> extends I
    ? [input?: I, options?: CallOptions]
    : [input: I, options?: CallOptions]

type Caller<F extends FunctionName, A extends ActionName<F>, Args extends unknown[]> = (
  ...args: Args
) => Promise<ActionOutput<F, A>>

/**
 * The verb-named client of one action, typed by the contract: `actionCaller('wish', 'claim')` is
 * `(input, options?) => reply`. With `toInput` it takes that function's arguments, then options:
 * `actionCaller('wish', 'get', (wishId: string) => ({ wishId }))` is `(wishId, options?) => reply`.
 */
export function actionCaller<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
): Caller<F, A, CallerArgs<ActionInput<F, A>>>
export function actionCaller<F extends FunctionName, A extends ActionName<F>, P extends unknown[]>(
  fn: F,
  action: A,
  toInput: (...args: P) => ActionInput<F, A>,
): Caller<F, A, [...P, CallOptions?]>
export function actionCaller<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  toInput?: (...args: unknown[]) => ActionInput<F, A>,
): Caller<F, A, unknown[]> {
  return (...args) => {
    // The options come after the arguments `toInput` declares (so it takes no default parameters).
    const [input, options] = toInput ? [toInput(...args), args[toInput.length]] : args
    return callFunction(fn, action, (input ?? {}) as ActionInput<F, A>, options as CallOptions)
  }
}

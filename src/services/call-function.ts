// The one transport between pages and cloud functions. On weapp it is `wx.cloud.callFunction`; on h5
// `Taro.cloud` is only a stub, so we POST to the local/CloudBase HTTP gateway instead. Both return
// the same envelope, which is unwrapped here so callers get data or an ApiError. Pages call it through
// `api`, one client per cloud function typed by the contract: `api.wish.claim({ wishId })`.
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

/** An action's arguments: its input (left out where every field is optional), then options. */
type ActionArgs<I> =
  Record<never, never> extends I
    ? [input?: I, options?: CallOptions]
    : [input: I, options?: CallOptions]

/** One cloud function's client: a method per action of the contract, `(input, options?) => reply`. */
export type FunctionClient<F extends FunctionName> = {
  [A in ActionName<F>]: (...args: ActionArgs<ActionInput<F, A>>) => Promise<ActionOutput<F, A>>
}

type Method = (input?: unknown, options?: CallOptions) => Promise<unknown>

/**
 * The client of `fn`: `functionClient('wish').claim({ wishId })` calls `wish.claim`. Methods are made
 * on first use and kept, so each is one stable function (hooks may list it as a dependency).
 */
function functionClient<F extends FunctionName>(fn: F): FunctionClient<F> {
  const methods: Record<string, Method> = {}
  return new Proxy(methods, {
    get: (_, action: string) =>
      (methods[action] ??= (input = {}, options) =>
        callFunction(fn, action as ActionName<F>, input as ActionInput<F, ActionName<F>>, options)),
  }) as unknown as FunctionClient<F>
}

type Clients = { [F in FunctionName]: FunctionClient<F> }

/** Every cloud function's client, typed by the contract in types/api.ts: `api.shop.get({ shopId })`. */
export const api: Clients = new Proxy({} as Record<string, FunctionClient<FunctionName>>, {
  get: (clients, fn: string) => (clients[fn] ??= functionClient(fn as FunctionName)),
}) as unknown as Clients

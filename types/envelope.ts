// The reply envelope every cloud function returns: `{ ok: true, data }` or `{ ok: false, error }`.
import { z } from 'zod'
import { ErrorBody } from './errors'

export const ErrorEnvelope = z.object({ ok: z.literal(false), error: ErrorBody })
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>

export type OkEnvelope<T> = { ok: true; data: T }
export type Envelope<T> = OkEnvelope<T> | ErrorEnvelope

/** The envelope schema for an action whose data has the given schema. */
export function envelopeOf<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }), ErrorEnvelope])
}

/** The request every function receives: which action, with what data. */
export const FunctionRequest = z.object(
  {
    action: z.string({ error: '缺少 action' }).min(1, '缺少 action'),
    data: z.unknown().optional(),
    /** Client-chosen key that makes a retried write return the first write's reply. */
    idempotencyKey: z
      .string({ error: 'idempotencyKey 须为字符串' })
      .min(8, 'idempotencyKey 至少 8 个字符')
      .max(64, 'idempotencyKey 最多 64 个字符')
      .optional(),
  },
  { error: '请求内容必须是 JSON 对象' },
)
export type FunctionRequest = z.infer<typeof FunctionRequest>

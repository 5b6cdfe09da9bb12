// GET /api: every function and action with its roles and input/output JSON Schema, generated from
// the same zod schemas the router enforces, so the reference cannot drift from the code.
import { z } from 'zod'
import { API, type ActionSpec } from '../types/api'
import { ROLE_LABELS } from '../types/roles'

export function apiReference() {
  return {
    transport: {
      http: 'POST /api/<function> with JSON { action, data, idempotencyKey? }; Authorization: Bearer <token>',
      weapp: 'wx.cloud.callFunction({ name: <function>, data: { action, data, idempotencyKey? } })',
      reply: '{ ok: true, data } | { ok: false, error: { code, message, issues? } }',
    },
    roles: ROLE_LABELS,
    functions: Object.fromEntries(
      Object.entries(API).map(([fn, actions]) => [
        fn,
        Object.fromEntries(
          Object.entries(actions as Record<string, ActionSpec>).map(([action, spec]) => [
            action,
            {
              summary: spec.summary,
              access: spec.access,
              idempotent: !!spec.idempotent,
              personal: !!spec.personal,
              input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
              output: z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' }),
            },
          ]),
        ),
      ]),
    ),
  }
}

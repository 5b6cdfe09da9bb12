// The audit log's promise, kept by every test that uses a stack: each decision a test makes through
// the API and sees succeed is in the log. A stack counts the decisions it answered with success
// (a retry under the same idempotency key is one decision) and, when the file is done, compares
// them with the log's entries by action.
import { AUDITED_ACTIONS } from '../../types/audited-actions'

export class DecisionTally {
  private readonly keys = new Set<string>()
  private readonly counts = new Map<string, number>()

  /** Notes a call that succeeded; only the actions AUDITED_ACTIONS lists are decisions. */
  note(openid: string | null, fn: string, request: unknown) {
    const { action, idempotencyKey } = (request ?? {}) as {
      action?: string
      idempotencyKey?: string
    }
    const table = AUDITED_ACTIONS as Record<string, Record<string, unknown> | undefined>
    if (!action || !table[fn]?.[action]) return
    const name = `${fn}.${action}`
    if (idempotencyKey) {
      const key = `${openid}\u0000${name}\u0000${idempotencyKey}`
      if (this.keys.has(key)) return
      this.keys.add(key)
    }
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1)
  }

  /** Actions with fewer log entries than decisions made, as `action: made / logged`. */
  missingFrom(log: readonly { action: string }[]): string[] {
    const logged = new Map<string, number>()
    for (const entry of log) logged.set(entry.action, (logged.get(entry.action) ?? 0) + 1)
    return [...this.counts]
      .filter(([action, made]) => (logged.get(action) ?? 0) < made)
      .map(([action, made]) => `${action}: ${made} made / ${logged.get(action) ?? 0} logged`)
  }
}

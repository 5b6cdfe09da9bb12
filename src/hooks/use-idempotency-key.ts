import { useCallback, useState } from 'react'
import { newIdempotencyKey } from '../services/call-function'

/**
 * One idempotency key per form load: a retried submit reuses it, so the server answers with the
 * first reply instead of filing twice. `renew` starts a new logical write (e.g. after success).
 */
export function useIdempotencyKey(): { key: string; renew: () => void } {
  const [key, setKey] = useState(newIdempotencyKey)
  const renew = useCallback(() => setKey(newIdempotencyKey()), [])
  return { key, renew }
}

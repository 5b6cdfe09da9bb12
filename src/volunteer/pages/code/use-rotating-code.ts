import { useEffect, useRef, useState } from 'react'
import type { ActionOutput } from '../../../../types/api'
import { ApiError, toApiError } from '../../../services/api-error'
import { api } from '../../../services/call-function'

export type RotatingCode = {
  code: ActionOutput<'activity', 'checkInCode'> | undefined
  /** Whole seconds until the code shown stops being accepted. */
  secondsLeft: number
  error: ApiError | undefined
  /** Whether another attempt is scheduled after the error (a passing failure, not a refusal). */
  retrying: boolean
  retry: () => void
}

/** Waits after failures in a row: short at first, then every 15 s while the network is down. */
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 15_000]
/** Refusals that another try will not change (no longer a leader, activity cancelled or gone). */
const FINAL: ApiError['code'][] = ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED']

/**
 * The leader's current code, fetched again as each one expires. The wait is the server's own
 * `validForMs` counted from when the reply came, so a phone whose clock is off still refreshes in
 * time; a failed fetch is retried with a short backoff while the last code stays on screen.
 */
export function useRotatingCode(activityId: string, enabled: boolean): RotatingCode {
  const [code, setCode] = useState<ActionOutput<'activity', 'checkInCode'>>()
  const [error, setError] = useState<ApiError>()
  const [retrying, setRetrying] = useState(false)
  const [deadline, setDeadline] = useState(0)
  const [now, setNow] = useState(Date.now())
  const [attempt, setAttempt] = useState(0)
  const timer = useRef<ReturnType<typeof setTimeout>>()

  useEffect(() => {
    if (!enabled || !activityId) return
    let live = true
    let failures = 0
    const load = async () => {
      try {
        const next = await api.activity.checkInCode({ activityId })
        if (!live) return
        failures = 0
        const wait = Math.min(next.validForMs, next.periodSeconds * 1000)
        setCode(next)
        setError(undefined)
        setRetrying(false)
        setDeadline(Date.now() + wait)
        timer.current = setTimeout(load, wait + 200)
      } catch (err) {
        if (!live) return
        const failed = toApiError(err)
        const again = !FINAL.includes(failed.code)
        setError(failed)
        setRetrying(again)
        if (again)
          timer.current = setTimeout(load, BACKOFF_MS[Math.min(failures++, BACKOFF_MS.length - 1)])
      }
    }
    load()
    return () => {
      live = false
      clearTimeout(timer.current)
    }
  }, [activityId, enabled, attempt])

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(tick)
  }, [])

  return {
    code,
    secondsLeft: Math.max(0, Math.ceil((deadline - now) / 1000)),
    error,
    retrying,
    retry: () => setAttempt((n) => n + 1),
  }
}

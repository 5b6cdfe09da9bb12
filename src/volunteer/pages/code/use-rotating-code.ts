import { useEffect, useRef, useState } from 'react'
import { ApiError, toApiError } from '../../../services/api-error'
import { checkInCode, type CheckInCodeResult } from '../../../services/activity'

export type RotatingCode = {
  code: CheckInCodeResult | undefined
  /** Whole seconds until the code shown stops being accepted. */
  secondsLeft: number
  error: ApiError | undefined
  retry: () => void
}

/**
 * The leader's current code, fetched again as each one expires. The wait is measured from when
 * the reply came (capped at one period), so a phone whose clock is off still refreshes in time.
 */
export function useRotatingCode(activityId: string, enabled: boolean): RotatingCode {
  const [code, setCode] = useState<CheckInCodeResult>()
  const [error, setError] = useState<ApiError>()
  const [deadline, setDeadline] = useState(0)
  const [now, setNow] = useState(Date.now())
  const [attempt, setAttempt] = useState(0)
  const timer = useRef<ReturnType<typeof setTimeout>>()

  useEffect(() => {
    if (!enabled || !activityId) return
    let live = true
    const load = async () => {
      try {
        const next = await checkInCode(activityId)
        if (!live) return
        const period = next.periodSeconds * 1000
        const left = Date.parse(next.expiresAt) - Date.now()
        const wait = left > 0 && left <= period ? left : period
        setCode(next)
        setError(undefined)
        setDeadline(Date.now() + wait)
        timer.current = setTimeout(load, wait + 200)
      } catch (err) {
        if (live) setError(toApiError(err))
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
    retry: () => setAttempt((n) => n + 1),
  }
}

import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, toApiError } from '../services/api-error'

export type RemoteData<T> = {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  reload: () => void
  /** Replaces the data with a newer copy, e.g. the record an action on it returned. */
  // A method (not a function property), so RemoteData of a wider page still fits a narrower one.
  set(data: T): void
}

/** Loads data for a page section and re-loads when `deps` change; errors stay in the section. */
export function useRemoteData<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
  enabled = true,
): RemoteData<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<ApiError>()
  const [loading, setLoading] = useState(enabled)
  const [attempt, setAttempt] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load

  useEffect(() => {
    if (!enabled) return
    let current = true
    setLoading(true)
    setError(undefined)
    loadRef
      .current()
      .then((value) => current && setData(value))
      .catch((err: unknown) => current && setError(toApiError(err)))
      .finally(() => current && setLoading(false))
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, attempt, ...deps])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { data, error, loading, reload, set: setData }
}

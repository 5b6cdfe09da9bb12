// The one place a failed user action is shown: a toast with the server's message, plus field
// issues kept for inline display under the form fields they name.
import { useCallback, useState } from 'react'
import type { z } from 'zod'
import Taro from '@tarojs/taro'
import { ApiError, issuesByField, toApiError } from '../services/api-error'
import { signOut } from '../services/session'
import { ROUTES, loginUrl } from '../constants/routes'

export type ActionState<Args extends unknown[], T> = {
  /** Runs the action; resolves with its result, or undefined after showing the error. */
  run: (...args: Args) => Promise<T | undefined>
  pending: boolean
  error: ApiError | undefined
  /** Messages by field path (e.g. `nickname`), from the server's `issues` or local validation. */
  fieldErrors: Record<string, string>
  setFieldErrors: (errors: Record<string, string>) => void
  /** The error's message when it names no field, for the form to show above its button. */
  formError: string | undefined
  /**
   * Parses a form's value with the action's own schema (the one the server enforces), so common
   * mistakes show under their fields without a round trip; undefined when it does not pass.
   */
  check: <S extends z.ZodType>(schema: S, value: unknown) => z.output<S> | undefined
}

/** Wraps an async action with pending state and the app's error display. */
export function useAction<Args extends unknown[], T>(
  action: (...args: Args) => Promise<T>,
): ActionState<Args, T> {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<ApiError>()
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})

  const run = useCallback(
    async (...args: Args) => {
      setPending(true)
      setError(undefined)
      setFieldErrors({})
      try {
        return await action(...args)
      } catch (err) {
        const apiError = toApiError(err)
        setError(apiError)
        setFieldErrors(issuesByField(apiError.issues))
        showError(apiError)
        return undefined
      } finally {
        setPending(false)
      }
    },
    [action],
  )

  const check = useCallback(<S extends z.ZodType>(schema: S, value: unknown) => {
    const parsed = schema.safeParse(value)
    setFieldErrors(parsed.success ? {} : zodFieldErrors(parsed.error.issues))
    return parsed.success ? parsed.data : undefined
  }, [])

  const formError = error && Object.keys(fieldErrors).length === 0 ? error.message : undefined
  return { run, pending, error, fieldErrors, setFieldErrors, check, formError }
}

/** Toasts an error; on h5 an expired sign-in also goes back to the login page. */
export function showError(error: ApiError): void {
  Taro.showToast({ title: error.message, icon: 'none', duration: 2500 })
  if (error.code === 'UNAUTHENTICATED' && process.env.TARO_ENV !== 'weapp') {
    signOut()
    Taro.redirectTo({ url: loginUrl(ROUTES.me) })
  }
}

/** A failed client-side schema check as field messages, keyed like the server's issues. */
export function zodFieldErrors(issues: { path: PropertyKey[]; message: string }[]) {
  const byField: Record<string, string> = {}
  for (const issue of issues) byField[issue.path.map(String).join('.')] ??= issue.message
  return byField
}

import type { ErrorCode, FieldIssue } from '../../types/errors'

/** An error a handler throws on purpose; the router turns it into the reply envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在`)

/** The document a handler just looked up, or NOT_FOUND naming `what` when there is none. */
export function found<T>(doc: T | null, what: string): T {
  if (!doc) throw notFound(what)
  return doc
}
export const forbidden = (message = '没有权限进行此操作') => new AppError('FORBIDDEN', message)
export const conflict = (message: string) => new AppError('CONFLICT', message)
export const rateLimited = (message: string) => new AppError('RATE_LIMITED', message)

/** A validation error on one field, shown beside that field in the form. */
export const fieldError = (path: string, message: string) =>
  new AppError('VALIDATION', message, [{ path, message }])

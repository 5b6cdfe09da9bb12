import type { ErrorCode, FieldIssue } from '../../types/errors'

/** Server codes plus the one the client adds when the request never got a reply. */
export type ClientErrorCode = ErrorCode | 'NETWORK'

const DEFAULT_MESSAGES: Record<ClientErrorCode, string> = {
  VALIDATION: '填写的内容有误',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '内容不存在',
  CONFLICT: '操作冲突，请刷新后重试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '服务暂时不可用，请稍后再试',
  NETWORK: '网络异常，请检查网络后重试',
}

/** A failed call: the server's error envelope, or a transport failure as `NETWORK`. */
export class ApiError extends Error {
  readonly code: ClientErrorCode
  readonly issues: FieldIssue[]

  constructor(code: ClientErrorCode, message?: string, issues: FieldIssue[] = []) {
    super(message || DEFAULT_MESSAGES[code])
    this.name = 'ApiError'
    this.code = code
    this.issues = issues
  }
}

/** Any thrown value as an ApiError, so the UI has one shape to show. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err
  return new ApiError('INTERNAL', err instanceof Error ? err.message : undefined)
}

/** Field issues keyed by their dotted path; the first message per field wins. */
export function issuesByField(issues: FieldIssue[]): Record<string, string> {
  const byField: Record<string, string> = {}
  for (const issue of issues) byField[issue.path] ??= issue.message
  return byField
}

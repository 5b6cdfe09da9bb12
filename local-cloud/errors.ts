// Errors the local endpoint answers with, using CloudBase's own codes so the SDK raises exactly what
// production would raise.

export type DbErrorCode =
  | 'INVALID_PARAM'
  | 'INVALID_ACTION'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_COLLECTION_ALREADY_EXIST'
  | 'DATABASE_DUPLICATE_WRITE'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_FAIL'
  | 'DATABASE_QUERY_NOT_INDEXED'
  | 'DATABASE_REQUEST_FAILED'
  | 'FUNCTION_NOT_FOUND'
  | 'FUNCTION_EXECUTE_FAIL'
  | 'SYS_ERR'

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'DbError'
  }
}

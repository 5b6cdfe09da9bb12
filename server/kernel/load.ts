// Handlers load a document by id and answer NOT_FOUND when there is none; written once here.
import { found } from './app-error'
import type { Ctx } from './context'
import type { Database } from './database'

/** A handler's "load it or answer NOT_FOUND naming `what`" for one repository find by id. */
export function loaderOf<T>(find: (db: Database, id: string) => Promise<T | null>, what: string) {
  return async (ctx: Ctx, id: string): Promise<T> => found(await find(ctx.db, id), what)
}

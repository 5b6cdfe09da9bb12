// The one paged query: count and one ordered page of the same query, run together, answered as
// `{ list, total, page, pageSize }` — the shape every list reply has.
import type { Paged } from '../../types/common'
import type { Database } from '../kernel/database'

type Query = ReturnType<ReturnType<Database['collection']>['where']>
export type PageRequest = { page: number; pageSize: number }
export type Order = { field: string; direction: 'asc' | 'desc' }
/** The order most lists use: the newest first. */
export const NEWEST: Order = { field: 'createdAt', direction: 'desc' }
export const OLDEST: Order = { field: 'createdAt', direction: 'asc' }

/** One page of `query` in `order`, with the total it pages through. */
export async function pagedQuery<T>(
  query: Query,
  order: Order,
  page: PageRequest,
): Promise<Paged<T>> {
  const [res, count] = await Promise.all([
    query
      .orderBy(order.field, order.direction)
      // Ties (equal scores, equal times) need a fixed order, or pages repeat and skip documents.
      .orderBy('_id', 'asc')
      .skip((page.page - 1) * page.pageSize)
      .limit(page.pageSize)
      .get(),
    query.count(),
  ])
  return { list: res.data as T[], total: count.total, page: page.page, pageSize: page.pageSize }
}

/** The same page with each item turned into what the reply shows. */
export function mapPage<T, U>(page: Paged<T>, view: (item: T) => U): Paged<U> {
  return { ...page, list: page.list.map(view) }
}

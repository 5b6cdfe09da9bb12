import type { ReactNode } from 'react'
import { EmptyState, LoadStates } from '../../../components/StateViews'
import type { ConsoleListState } from '../../hooks/use-console-list'
import { AdminPager } from '../AdminPager'

export type ConsoleListProps<T> = {
  /** The page shown, as loaded (`useConsoleList`). */
  list: ConsoleListState<T>
  /** The column titles, above the rows. */
  head?: ReactNode
  /** One row, with its key. */
  row: (item: T) => ReactNode
  /** What an empty page says. */
  empty: string
  /** What is counted, e.g. 家 or 件. */
  unit: string
}

/** A paged console list: column titles, loading, error, empty, the rows and the pager. */
export function ConsoleList<T>(props: ConsoleListProps<T>) {
  const { list } = props
  return (
    <>
      {props.head}
      <LoadStates loaded={list} />
      {!list.loading && list.data?.list.length === 0 ? <EmptyState text={props.empty} /> : null}
      {!list.loading ? list.data?.list.map(props.row) : null}
      {list.data ? (
        <AdminPager
          page={list.page}
          pageSize={list.pageSize}
          total={list.data.total}
          unit={props.unit}
          onChange={list.setPage}
        />
      ) : null}
    </>
  )
}

import { useListFilters } from '../../hooks/use-list-filters'
import { useRemoteData, type RemoteData } from '../../hooks/use-remote-data'

/** Rows a console list page shows at a time. */
export const CONSOLE_PAGE_SIZE = 20

/** One page of a console list as loaded, with the page shown and the way to turn it. */
export type ConsoleListState<T> = RemoteData<{ list: T[]; total: number }> & {
  page: number
  pageSize: number
  setPage: (page: number) => void
}

/**
 * A console list's filters and the page loaded for them; changing a filter goes back to page 1.
 * `load` gets the filters with the page and its size.
 */
export function useConsoleList<T, F extends object>(
  load: (query: F & { page: number; pageSize: number }) => Promise<{ list: T[]; total: number }>,
  initial: F,
  enabled: boolean,
) {
  const { filters, page, setPage, filterBy } = useListFilters<F>(initial)
  const loaded = useRemoteData(
    () => load({ ...filters, page, pageSize: CONSOLE_PAGE_SIZE }),
    [filters, page],
    enabled,
  )
  const list: ConsoleListState<T> = { ...loaded, page, pageSize: CONSOLE_PAGE_SIZE, setPage }
  return { filters, filterBy, list }
}

import { useCallback, useState } from 'react'

/** A paged list's filters and page; changing a filter goes back to page 1. */
export function useListFilters<F extends object>(initial: F) {
  const [filters, setFilters] = useState(initial)
  const [page, setPage] = useState(1)
  /** The change handler for one filter, e.g. `filterBy('status')`. */
  const filterBy = useCallback(
    <K extends keyof F>(key: K) =>
      (value: F[K]) => {
        setFilters((prev) => ({ ...prev, [key]: value }))
        setPage(1)
      },
    [],
  )
  return { filters, page, setPage, filterBy }
}

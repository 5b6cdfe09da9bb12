import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, toApiError } from '../services/api-error'

type Page<T> = { list: T[]; total: number; page: number; pageSize: number }

export type PagedList<T> = {
  items: T[]
  total: number
  /** True while the first page loads (the list is replaced). */
  loading: boolean
  /** True while a further page loads (the list grows). */
  loadingMore: boolean
  error: ApiError | undefined
  hasMore: boolean
  loadMore: () => void
  reload: () => void
}

/** A list that loads page 1 when `deps` change and appends pages on “加载更多”. */
export function usePagedList<T>(
  fetchPage: (page: number) => Promise<Page<T>>,
  deps: readonly unknown[],
  enabled = true,
): PagedList<T> {
  const [items, setItems] = useState<T[]>([])
  const [total, setTotal] = useState(0)
  const [page, setPage] = useState(1)
  const [loading, setLoading] = useState(true)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState<ApiError>()
  const [attempt, setAttempt] = useState(0)
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage
  // Replies to an older query must not land in the list of a newer one.
  const generation = useRef(0)

  const load = useCallback((pageNo: number) => {
    const gen = generation.current
    if (pageNo === 1) setLoading(true)
    else setLoadingMore(true)
    setError(undefined)
    fetchRef
      .current(pageNo)
      .then((res) => {
        if (gen !== generation.current) return
        setItems((prev) => (pageNo === 1 ? res.list : [...prev, ...res.list]))
        setTotal(res.total)
        setPage(pageNo)
      })
      .catch((err: unknown) => gen === generation.current && setError(toApiError(err)))
      .finally(() => {
        if (gen !== generation.current) return
        setLoading(false)
        setLoadingMore(false)
      })
  }, [])

  useEffect(() => {
    if (!enabled) return
    generation.current += 1
    load(1)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, attempt, ...deps])

  const hasMore = items.length < total
  const loadMore = useCallback(() => {
    if (!loading && !loadingMore && hasMore) load(page + 1)
  }, [hasMore, load, loading, loadingMore, page])
  const reload = useCallback(() => setAttempt((n) => n + 1), [])

  return { items, total, loading, loadingMore, error, hasMore, loadMore, reload }
}

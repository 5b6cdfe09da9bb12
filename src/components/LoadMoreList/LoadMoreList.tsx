import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { PagedList } from '../../hooks/use-paged-list'
import { EmptyState, ErrorState, LoadingState } from '../StateViews'
import './LoadMoreList.scss'

export type LoadMoreListProps<T> = {
  /** Block class for styling and tests: `shop-list` gives `.shop-list__more`, `__end`. */
  name: string
  list: PagedList<T>
  /** One item, with its key. */
  item: (item: T) => ReactNode
  /** What an empty list says, and what to try. */
  empty: string
  emptyHint?: string
  /** What the end of the list says, e.g. `共 12 件`. */
  end?: (total: number) => string
}

/** A list that loads page by page: loading, error, empty, the items and 加载更多 at the foot. */
export function LoadMoreList<T>({ name, list, item, empty, emptyHint, end }: LoadMoreListProps<T>) {
  if (list.loading) return <LoadingState />
  if (list.items.length === 0) {
    return list.error ? (
      <ErrorState message={list.error.message} onRetry={list.reload} />
    ) : (
      <EmptyState text={empty} hint={emptyHint} />
    )
  }
  return (
    <>
      {list.items.map(item)}
      {list.hasMore || end ? (
        <View className={`load-more ${name}__footer`}>
          {list.hasMore ? (
            <Button
              className={`${name}__more`}
              fill="outline"
              type="primary"
              loading={list.loadingMore}
              onClick={list.loadMore}
            >
              加载更多
            </Button>
          ) : (
            <Text className={`load-more__end ${name}__end`}>{end?.(list.total)}</Text>
          )}
        </View>
      ) : null}
    </>
  )
}

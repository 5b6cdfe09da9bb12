import { useMemo, useState, type ComponentType, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { EmptyState, LoadStates } from '../../../components/StateViews'
import type { ConsoleListState } from '../../hooks/use-console-list'
import { DeskDetailContext, RowOpenerContext, queryOf } from '../../desk-detail'
import { useDesk } from '../ConsoleShell/use-desk'
import { AdminPager } from '../AdminPager'
import './ConsoleList.scss'

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
  /** The page a row opens; at a desk it opens beside the list instead. */
  detail?: ComponentType
}

/** A paged console list: column titles, loading, error, empty, the rows and the pager. */
export function ConsoleList<T>(props: ConsoleListProps<T>) {
  const desk = useDesk()
  if (!desk || !props.detail) return <ListBody {...props} />
  return <ListWithDetail {...props} detail={props.detail} />
}

function ListBody<T>(props: ConsoleListProps<T>) {
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

/** The list on the left, the case a row opened on the right; the list follows what is done there. */
function ListWithDetail<T>(props: ConsoleListProps<T> & { detail: ComponentType }) {
  const [selected, setSelected] = useState<string | null>(null)
  const opener = useMemo(() => ({ selected, open: setSelected }), [selected])
  const reload = props.list.reload
  const detail = useMemo(
    () => (selected ? { params: queryOf(selected), changed: reload } : null),
    [selected, reload],
  )
  const Detail = props.detail
  return (
    <View className="desk-split">
      <View className="desk-split__list">
        <RowOpenerContext.Provider value={opener}>
          <ListBody {...props} />
        </RowOpenerContext.Provider>
      </View>
      <View className="desk-split__detail">
        {detail ? (
          <>
            <View className="desk-split__bar">
              <Text className="desk-split__close" onClick={() => setSelected(null)}>
                关闭 ×
              </Text>
            </View>
            <DeskDetailContext.Provider value={detail}>
              <Detail key={selected} />
            </DeskDetailContext.Provider>
          </>
        ) : (
          <EmptyState text="点选左侧一项，在此查看和办理" />
        )}
      </View>
    </View>
  )
}

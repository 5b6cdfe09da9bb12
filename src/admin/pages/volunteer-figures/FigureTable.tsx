import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '../../../components/StateViews'

/** A column after the name: `key` gives its cells the class `<row>__<key>`. */
export type FigureColumn<R> = { key: string; title: string; value: (row: R) => ReactNode }

export type FigureTableProps<R> = {
  /** The table's class, e.g. `by-month`. */
  className: string
  title: string
  /** The rows' block class: `month-row` gives `month-row__name` and one class a column. */
  row: string
  /**
   * How a row is told apart, e.g. `month` gives `data-month`; without it the rows are a ranking
   * (`data-rank`, the rank first), since two of them may share a name.
   */
  id?: { name: string; of: (row: R) => string }
  /** The title over the names; a ranking has no column titles. */
  nameTitle?: string
  name: (row: R) => ReactNode
  columns: readonly FigureColumn<R>[]
  rows: readonly R[]
  empty: string
}

/** One table of the volunteer figures: by month, by category, or the leading volunteers or branches. */
export function FigureTable<R>(props: FigureTableProps<R>) {
  const { row, id, columns } = props
  return (
    <View className={`section card figure-table ${props.className}`}>
      <Text className="section__title">{props.title}</Text>
      {props.nameTitle ? (
        <View className="console-table__row console-table__row--head">
          <Text className="figure-table__cell figure-table__cell--name">{props.nameTitle}</Text>
          {columns.map((column) => (
            <Text key={column.key} className="figure-table__cell">
              {column.title}
            </Text>
          ))}
        </View>
      ) : null}
      {props.rows.length ? null : <EmptyState text={props.empty} />}
      {props.rows.map((r, i) => (
        <View
          key={id ? id.of(r) : i}
          className={`console-table__row ${row}`}
          {...(id ? { [`data-${id.name}`]: id.of(r) } : { 'data-rank': i + 1 })}
        >
          {id ? null : <Text className="board-rank">{i + 1}</Text>}
          <Text className={`figure-table__cell figure-table__cell--name ${row}__name`}>
            {props.name(r)}
          </Text>
          {columns.map((column) => (
            <Text key={column.key} className={`figure-table__cell ${row}__${column.key}`}>
              {column.value(r)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import './TableHead.scss'

/** How a table is ordered, and which column titles change it (a desk's sortable columns). */
export type TableOrder<O extends string> = {
  /** The order the rows are in now. */
  value: O
  /** The orders a column's title steps through when tapped, e.g. `{ main: ['newest', 'oldest'] }`. */
  columns: Partial<Record<string, readonly O[]>>
  /** What each order is called, shown beside the title of the column in use. */
  labels: Record<O, string>
  onChange: (order: O) => void
}

export type TableHeadProps<O extends string> = {
  /** The rows' block class: each column's title gets the class of its cells, `<block>__<key>`. */
  block: string
  /** The titles by column key, in order, e.g. `{ at: '时间', by: '操作人' }`. */
  columns: Record<string, string>
  /** More classes on the row, e.g. `audit-row audit-row--head`. */
  className?: string
  order?: TableOrder<O>
}

/** The column titles over a console table (hidden on a narrow screen, where rows become cards). */
export function TableHead<O extends string>({
  block,
  columns,
  className,
  order,
}: TableHeadProps<O>) {
  return (
    <View
      className={`console-table__row console-table__row--head${className ? ` ${className}` : ''}`}
    >
      {Object.entries(columns).map(([key, title]) => {
        // `main` is a ConsoleRow's first column: the title takes its width.
        const cell = `${block}__${key}${key === 'main' ? ' console-row__main' : ''}`
        const orders = order?.columns[key]
        if (!order || !orders)
          return (
            <Text key={key} className={cell}>
              {title}
            </Text>
          )
        const at = orders.indexOf(order.value)
        const next = orders[(at + 1) % orders.length]
        return (
          <Text
            key={key}
            className={`${cell} table-head__sortable${at >= 0 ? ' table-head__sortable--active' : ''}`}
            data-order={at >= 0 ? order.value : undefined}
            onClick={() => order.onChange(at >= 0 ? next : orders[0])}
          >
            {title}
            <Text className="table-head__order">{at >= 0 ? order.labels[order.value] : '⇅'}</Text>
          </Text>
        )
      })}
    </View>
  )
}

import { Text, View } from '@tarojs/components'

export type TableHeadProps = {
  /** The rows' block class: each column's title gets the class of its cells, `<block>__<key>`. */
  block: string
  /** The titles by column key, in order, e.g. `{ at: '时间', by: '操作人' }`. */
  columns: Record<string, string>
  /** More classes on the row, e.g. `audit-row audit-row--head`. */
  className?: string
}

/** The column titles over a console table (hidden on a narrow screen, where rows become cards). */
export function TableHead({ block, columns, className }: TableHeadProps) {
  return (
    <View
      className={`console-table__row console-table__row--head${className ? ` ${className}` : ''}`}
    >
      {Object.entries(columns).map(([key, title]) => (
        // `main` is a ConsoleRow's first column: the title takes its width.
        <Text key={key} className={`${block}__${key}${key === 'main' ? ' console-row__main' : ''}`}>
          {title}
        </Text>
      ))}
    </View>
  )
}

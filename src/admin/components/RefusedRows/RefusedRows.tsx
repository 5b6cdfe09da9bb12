import { Text, View } from '@tarojs/components'
import { TableHead } from '../TableHead'
import './RefusedRows.scss'

export type RefusedRow = {
  row: number
  name: string
  /** `field` is the sheet's column title (the server names columns as the sheet does). */
  errors: { field: string; message: string }[]
}

export type RefusedRowsProps = { rows: readonly RefusedRow[]; nameTitle: string }

/** The rows of an imported sheet that were refused, each with its column and reason. */
export function RefusedRows({ rows, nameTitle }: RefusedRowsProps) {
  if (!rows.length) return null
  return (
    <View className="import-report__rows">
      <TableHead block="import-row" columns={{ no: '行号', name: nameTitle, errors: '原因' }} />
      {rows.map((row) => (
        <View key={row.row} className="console-table__row import-row" data-row={row.row}>
          <Text className="import-row__no">第 {row.row} 行</Text>
          <Text className="import-row__name">{row.name || '（未填写）'}</Text>
          <View className="import-row__errors">
            {row.errors.map((error) => (
              <Text
                key={`${error.field}-${error.message}`}
                className="import-row__error"
                data-field={error.field}
              >
                {error.field}：{error.message}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}

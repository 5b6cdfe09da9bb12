import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { DashboardChart } from '../../charts/dashboard-charts'
import { Chart } from '../Chart'

/** A chart with its title and note; 查看数据 turns it into the table of the same numbers. */
export function ChartCard({ chart }: { chart: DashboardChart }) {
  const [asTable, setAsTable] = useState(false)
  const { name, title, note, option, table } = chart
  return (
    <View className={`card chart-card chart-card--${name}`} data-chart={name}>
      <View className="chart-card__head">
        <Text className="chart-card__title">{title}</Text>
        <Text className="chart-card__toggle" onClick={() => setAsTable(!asTable)}>
          {asTable ? '查看图表' : '查看数据'}
        </Text>
      </View>
      {note ? <Text className="chart-card__note">{note}</Text> : null}
      {/* The chart stays drawn under the table, so going back does not redraw it. */}
      <View
        className={asTable ? 'chart-card__chart chart-card__chart--hidden' : 'chart-card__chart'}
      >
        <Chart id={name} option={option} />
      </View>
      {asTable ? (
        <View className="chart-card__table">
          {/* The column titles, then the rows: the same cells, the first row marked as the head. */}
          {[table.columns, ...table.rows].map((row, r) => (
            <View
              key={r ? String(row[0]) : 'head'}
              className={r ? 'chart-card__row' : 'chart-card__row chart-card__row--head'}
            >
              {row.map((cell, i) => (
                <Text key={table.columns[i]} className="chart-card__cell">
                  {cell}
                </Text>
              ))}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}

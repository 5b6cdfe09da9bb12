import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ErrorState, LoadingState } from '../../../components/StateViews'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { Button } from '@nutui/nutui-react-taro'
import { useAction } from '../../../hooks/use-action'
import { saveDistrictLedgers, saveMonthlyReport } from '../../../services/dashboard'
import { api } from '../../../services/call-function'
import { dashboardCharts } from '../../charts/dashboard-charts'
import { PeriodPicker, defaultPeriod, type PickedPeriod } from '../PeriodPicker'
import { ChartCard } from './ChartCard'
import './DashboardBoard.scss'

/** 数据看板: the period picked, then every chart of the district's figures for it. */
export function DashboardBoard() {
  const [period, setPeriod] = useState<PickedPeriod>(defaultPeriod)
  const picked = { from: period.from, to: period.to }
  const figures = useRemoteData(() => api.dashboard.figures(picked), [period.from, period.to])
  const ledgers = useAction(saveDistrictLedgers)
  const report = useAction(saveMonthlyReport)
  const charts = useMemo(() => (figures.data ? dashboardCharts(figures.data) : []), [figures.data])
  return (
    <View className="section dashboard-board">
      <View className="dashboard-board__head">
        <Text className="section__title">数据看板</Text>
        {figures.data ? (
          <Text className="dashboard-board__period">{figures.data.period.label}</Text>
        ) : null}
      </View>
      <PeriodPicker value={period} onChange={setPeriod} />
      {/* The same period's ledgers and report, so what is exported is what the charts show. */}
      <View className="dashboard-board__exports">
        {[
          { name: 'ledgers', label: '导出党建台账（Excel）', action: ledgers },
          { name: 'report', label: '月度工作报告（PDF）', action: report },
        ].map(({ name, label, action }) => (
          <Button
            key={name}
            className={`dashboard-board__${name}`}
            size="small"
            loading={action.pending}
            onClick={() => action.run(picked)}
          >
            {label}
          </Button>
        ))}
      </View>
      {figures.error ? (
        <ErrorState message={figures.error.message} onRetry={figures.reload} />
      ) : !figures.data ? (
        <LoadingState text="正在统计…" />
      ) : (
        <View className="dashboard-board__charts">
          {charts.map((chart) => (
            <ChartCard key={chart.name} chart={chart} />
          ))}
        </View>
      )}
    </View>
  )
}

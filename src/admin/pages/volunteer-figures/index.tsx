import { useState } from 'react'
import { View } from '@tarojs/components'
import { ACTIVITY_CATEGORIES } from '../../../../types/activity'
import { FigureTiles } from '../../../components/FigureTiles'
import { LoadStates } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { api } from '../../../services/call-function'
import { saveDocument } from '../../../services/files'
import { ConsolePage } from '../../components/ConsolePage'
import { actionButton } from '../../components/ConsoleToolbar'
import { PeriodPicker, type PickedPeriod } from '../../components/PeriodPicker'
import { presetPeriod } from '../../../../types/dashboard'
import type { ActionOutput } from '../../../../types/api'
import { ADMIN_ROUTES } from '../../routes'
import { FigureTable } from './FigureTable'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

type Range = { from: string; to: string }

/** 志愿服务台账 for the months shown, as an Excel file (h5 download, weapp opened). */
async function saveLedger(range: Range): Promise<void> {
  await saveDocument(await api.activity.ledger(range), 'xlsx')
}

/** 1.5 → 1.5, 12 → 12: hours as people write them. */
function hours(n: number): string {
  return String(Math.round(n * 10) / 10)
}

/** The columns the tables share: a row's activities and its hours. */
const ACTIVITIES = {
  key: 'activities',
  title: '活动',
  value: (r: { activities: number }) => `${r.activities} 场`,
}
const HOURS = {
  key: 'hours',
  title: '时长',
  value: (r: { hours: number }) => `${hours(r.hours)} 小时`,
}

const LINKS = [
  { className: 'volunteer-figures__activities', label: '志愿活动', url: ADMIN_ROUTES.activities },
]
const LEDGER = { className: 'volunteer-figures__ledger', label: '导出志愿服务台账', primary: true }

/** The committee's volunteer figures for a range of months, the leading volunteers and branches. */
export default function VolunteerFiguresPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.volunteerFigures)
  // This year so far by default, the span a year-end report covers.
  const [period, setPeriod] = useState<PickedPeriod>(() => ({
    preset: 'year',
    ...presetPeriod('year'),
  }))
  const range: Range = { from: period.from, to: period.to }
  const figures = useRemoteData(() => api.activity.figures(range), [range.from, range.to], signedIn)
  const ledger = useAction(saveLedger)

  return (
    <ConsolePage
      className="volunteer-figures"
      signedIn={signedIn}
      title="志愿数据"
      links={LINKS}
      buttons={[actionButton(LEDGER, ledger, range)]}
    >
      <View className="section card volunteer-figures__range">
        <PeriodPicker value={period} onChange={setPeriod} />
      </View>

      <View className="section">
        <LoadStates loaded={figures} />
        {figures.data && !figures.loading ? <Figures figures={figures.data} /> : null}
      </View>
    </ConsolePage>
  )
}

function Figures({ figures }: { figures: ActionOutput<'activity', 'figures'> }) {
  return (
    <>
      <FigureTiles
        tiles={[
          { key: 'activities', label: '志愿活动（场）', value: figures.activities },
          { key: 'volunteers', label: '参与志愿者（人）', value: figures.volunteers },
          { key: 'hours', label: '服务时长（小时）', value: Math.round(figures.hours * 10) / 10 },
        ]}
      />

      <View className="volunteer-figures__tables">
        <FigureTable
          className="by-month"
          title="按月"
          row="month-row"
          id={{ name: 'month', of: (r) => r.month }}
          nameTitle="月份"
          name={(r) => r.month}
          columns={[ACTIVITIES, HOURS]}
          rows={figures.byMonth}
          empty="这段时间没有志愿活动"
        />
        <FigureTable
          className="by-category"
          title="按类别"
          row="category-row"
          id={{ name: 'category', of: (r) => r.category }}
          nameTitle="类别"
          name={(r) => ACTIVITY_CATEGORIES[r.category]}
          columns={[ACTIVITIES, HOURS]}
          rows={figures.byCategory}
          empty="这段时间没有志愿活动"
        />
        <FigureTable
          className="top-volunteers"
          title="服务时长前列的志愿者"
          row="top-volunteer"
          name={(r) => r.name}
          columns={[HOURS]}
          rows={figures.topVolunteers}
          empty="这段时间还没有确认的服务时长"
        />
        <FigureTable
          className="top-branches"
          title="组织活动前列的支部"
          row="top-branch"
          name={(r) => r.name}
          columns={[ACTIVITIES, HOURS]}
          rows={figures.topBranches}
          empty="这段时间没有支部组织的活动"
        />
      </View>
    </>
  )
}

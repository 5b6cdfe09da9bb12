import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ACTIVITY_CATEGORIES } from '../../../../types/activity'
import { shanghaiMonth } from '../../../../types/shanghai-time'
import { FigureTiles } from '../../../components/FigureTiles'
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import {
  volunteerFigures,
  volunteerLedger,
  type VolunteerFigures,
} from '../../../services/activity'
import { saveDocument } from '../../../services/files'
import { ConsolePage } from '../../components/ConsolePage'
import { WishMonthPicker } from '../../components/WishMonthPicker'
import { ADMIN_ROUTES } from '../../routes'
import '../../console.scss'
import './index.scss'

type Range = { from: string; to: string }

/** 志愿服务台账 for the months shown, as an Excel file (h5 download, weapp opened). */
async function saveLedger(range: Range): Promise<void> {
  await saveDocument(await volunteerLedger(range), 'xlsx')
}

/** 1.5 → 1.5, 12 → 12: hours as people write them. */
function hours(n: number): string {
  return String(Math.round(n * 10) / 10)
}

/** The committee's volunteer figures for a range of months, the leading volunteers and branches. */
export default function VolunteerFiguresPage() {
  const signedIn = useRequireSignIn(ADMIN_ROUTES.volunteerFigures)
  // From January of this year to this month, the span a year-end report covers.
  const [range, setRange] = useState<Range>(() => {
    const month = shanghaiMonth(new Date())
    return { from: `${month.slice(0, 4)}-01`, to: month }
  })
  const figures = useRemoteData(() => volunteerFigures(range), [range.from, range.to], signedIn)
  const ledger = useAction(saveLedger)

  // The range stays in order: moving one end past the other brings the other along.
  const setFrom = (from: string) => setRange((r) => ({ from, to: from > r.to ? from : r.to }))
  const setTo = (to: string) => setRange((r) => ({ from: to < r.from ? to : r.from, to }))

  return (
    <ConsolePage
      className="volunteer-figures"
      signedIn={signedIn}
      title="志愿数据"
      links={[
        {
          className: 'volunteer-figures__activities',
          label: '志愿活动',
          url: ADMIN_ROUTES.activities,
        },
      ]}
      buttons={[
        {
          className: 'volunteer-figures__ledger',
          label: '导出志愿服务台账',
          primary: true,
          pending: ledger.pending,
          onClick: () => ledger.run(range),
        },
      ]}
    >
      <View className="section card volunteer-figures__range">
        <View className="volunteer-figures__end volunteer-figures__from">
          <Text className="console-table__muted">从</Text>
          <WishMonthPicker value={range.from} onChange={setFrom} />
        </View>
        <View className="volunteer-figures__end volunteer-figures__to">
          <Text className="console-table__muted">至</Text>
          <WishMonthPicker value={range.to} onChange={setTo} />
        </View>
      </View>

      <View className="section">
        {figures.loading ? <LoadingState /> : null}
        {figures.error ? (
          <ErrorState
            code={figures.error.code}
            message={figures.error.message}
            onRetry={figures.reload}
          />
        ) : null}
        {figures.data && !figures.loading ? <Figures figures={figures.data} /> : null}
      </View>
    </ConsolePage>
  )
}

function Figures({ figures }: { figures: VolunteerFigures }) {
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
        <View className="section card figure-table by-month">
          <Text className="section__title">按月</Text>
          <View className="console-table__row console-table__row--head">
            <Text className="figure-table__cell figure-table__cell--name">月份</Text>
            <Text className="figure-table__cell">活动</Text>
            <Text className="figure-table__cell">时长</Text>
          </View>
          {figures.byMonth.length ? null : <EmptyState text="这段时间没有志愿活动" />}
          {figures.byMonth.map((r) => (
            <View key={r.month} className="console-table__row month-row" data-month={r.month}>
              <Text className="figure-table__cell figure-table__cell--name">{r.month}</Text>
              <Text className="figure-table__cell month-row__activities">{r.activities} 场</Text>
              <Text className="figure-table__cell month-row__hours">{hours(r.hours)} 小时</Text>
            </View>
          ))}
        </View>

        <View className="section card figure-table by-category">
          <Text className="section__title">按类别</Text>
          <View className="console-table__row console-table__row--head">
            <Text className="figure-table__cell figure-table__cell--name">类别</Text>
            <Text className="figure-table__cell">活动</Text>
            <Text className="figure-table__cell">时长</Text>
          </View>
          {figures.byCategory.length ? null : <EmptyState text="这段时间没有志愿活动" />}
          {figures.byCategory.map((r) => (
            <View
              key={r.category}
              className="console-table__row category-row"
              data-category={r.category}
            >
              <Text className="figure-table__cell figure-table__cell--name">
                {ACTIVITY_CATEGORIES[r.category]}
              </Text>
              <Text className="figure-table__cell category-row__activities">{r.activities} 场</Text>
              <Text className="figure-table__cell category-row__hours">{hours(r.hours)} 小时</Text>
            </View>
          ))}
        </View>

        <View className="section card figure-table top-volunteers">
          <Text className="section__title">服务时长前列的志愿者</Text>
          {figures.topVolunteers.length ? null : <EmptyState text="这段时间还没有确认的服务时长" />}
          {figures.topVolunteers.map((r, i) => (
            // Two volunteers may share a name: the rank is the key.
            <View key={i} className="console-table__row top-volunteer" data-rank={i + 1}>
              <Text className="board-rank">{i + 1}</Text>
              <Text className="figure-table__cell figure-table__cell--name top-volunteer__name">
                {r.name}
              </Text>
              <Text className="figure-table__cell top-volunteer__hours">{hours(r.hours)} 小时</Text>
            </View>
          ))}
        </View>

        <View className="section card figure-table top-branches">
          <Text className="section__title">组织活动前列的支部</Text>
          {figures.topBranches.length ? null : <EmptyState text="这段时间没有支部组织的活动" />}
          {figures.topBranches.map((r, i) => (
            <View key={i} className="console-table__row top-branch" data-rank={i + 1}>
              <Text className="board-rank">{i + 1}</Text>
              <Text className="figure-table__cell figure-table__cell--name top-branch__name">
                {r.name}
              </Text>
              <Text className="figure-table__cell top-branch__activities">{r.activities} 场</Text>
              <Text className="figure-table__cell top-branch__hours">{hours(r.hours)} 小时</Text>
            </View>
          ))}
        </View>
      </View>
    </>
  )
}

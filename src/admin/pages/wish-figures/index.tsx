import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { HOLDER_KIND_LABELS, type HolderKind } from '../../../../types/wish'
import { shanghaiMonth } from '../../../../types/shanghai-time'
import type { ActionOutput } from '../../../../types/api'
import { FigureTiles } from '../../../components/FigureTiles'
import { FilterChips } from '../../../components/FilterChips'
import { EmptyState, LoadStates } from '../../../components/StateViews'
import { holderLabel } from '../../../components/WishCard'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { saveDocument } from '../../../services/files'
import { api } from '../../../services/call-function'
import { ConsolePage } from '../../components/ConsolePage'
import { actionButton } from '../../components/ConsoleToolbar'
import { WishMonthPicker } from '../../components/WishMonthPicker'
import { filterRow } from '../../filter-rows'
import { ADMIN_ROUTES } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

const BOARD_KINDS = filterRow('board-kind', HOLDER_KIND_LABELS, {
  all: '全部',
  values: ['branch', 'merchant', 'member'],
})

const LINKS = [{ className: 'wish-figures__queue', label: '需求清单', url: ADMIN_ROUTES.wishes }]
const LEDGER = { className: 'wish-figures__ledger', label: '导出心愿台账', primary: true }

/** 心愿台账 as an Excel file, saved like the member ledger (h5 download, weapp opened). */
async function saveWishLedger(): Promise<void> {
  await saveDocument(await api.wish.ledger(), 'xlsx')
}

/** The committee's figures: a month's counts, per holder, the 认领榜 and the ledger export. */
export default function WishFiguresPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.wishFigures)
  const [month, setMonth] = useState(() => shanghaiMonth(new Date()))
  const [kind, setKind] = useState<HolderKind>()
  const figures = useRemoteData(() => api.wish.figures({ month }), [month], signedIn)
  const board = useRemoteData(() => api.wish.board({ kind, limit: 10 }), [kind], signedIn)
  const ledger = useAction(saveWishLedger)

  return (
    <ConsolePage
      className="wish-figures"
      signedIn={signedIn}
      title="心愿数据"
      links={LINKS}
      buttons={[actionButton(LEDGER, ledger)]}
    >
      <View className="section card">
        <WishMonthPicker value={month} onChange={setMonth} />
      </View>
      <View className="section">
        <LoadStates loaded={figures} />
        {figures.data ? <MonthFigures figures={figures.data} /> : null}
      </View>

      <View className="section card">
        <Text className="section__title">认领榜（按已实现心愿）</Text>
        <FilterChips {...BOARD_KINDS} value={kind} onChange={setKind} />
        <LoadStates loaded={board} />
        {board.data && !board.data.list.length ? <EmptyState text="还没有已实现的心愿" /> : null}
        {board.data?.list.map((r) => (
          <View key={r.rank} className="console-table__row board-row" data-rank={r.rank}>
            <Text className="board-row__rank">{r.rank}</Text>
            <Text className="board-row__name">{holderLabel(r.holder)}</Text>
            <Text className="board-row__fulfilled">实现 {r.fulfilled} 个</Text>
          </View>
        ))}
      </View>
    </ConsolePage>
  )
}

function MonthFigures({ figures }: { figures: ActionOutput<'wish', 'figures'> }) {
  return (
    <>
      <FigureTiles
        tiles={[
          { key: 'submitted', label: '提交', value: figures.submitted },
          { key: 'claimed', label: '认领', value: figures.claimed },
          { key: 'fulfilled', label: '实现', value: figures.fulfilled },
          { key: 'overdue', label: '当前逾期', value: figures.overdue },
        ]}
      />
      <Text className="wish-figures__median">
        实现天数中位数：
        {figures.medianDaysToFulfil === null ? '本月暂无实现' : `${figures.medianDaysToFulfil} 天`}
      </Text>
      <View className="section card holder-table">
        <Text className="section__title">按承接方</Text>
        <View className="console-table__row console-table__row--head">
          <Text className="holder-table__cell holder-table__cell--name">承接方</Text>
          <Text className="holder-table__cell">认领</Text>
          <Text className="holder-table__cell">实现</Text>
          <Text className="holder-table__cell">退回</Text>
        </View>
        {figures.byHolder.length ? null : <EmptyState text="本月没有认领或实现" />}
        {figures.byHolder.map((r, i) => (
          // Members are masked (王*), so two rows may read alike: the position is the key.
          <View key={i} className="console-table__row holder-row" data-kind={r.holder.kind}>
            <Text className="holder-table__cell holder-table__cell--name holder-row__name">
              {holderLabel(r.holder)}
            </Text>
            <Text className="holder-table__cell holder-row__claimed">认领 {r.claimed}</Text>
            <Text className="holder-table__cell holder-row__fulfilled">实现 {r.fulfilled}</Text>
            <Text className="holder-table__cell holder-row__released">退回 {r.released}</Text>
          </View>
        ))}
      </View>
    </>
  )
}

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ACTIVITY_CATEGORIES } from '../../../../types/activity'
import { formatShanghai } from '../../../../types/shanghai-time'
import type { ActionOutput } from '../../../../types/api'
import { api } from '../../../services/call-function'
import { ConsoleList } from '../../components/ConsoleList'
import { ConsolePage } from '../../components/ConsolePage'
import { CorrectionDecision } from '../../components/CorrectionDecision'
import { useConsoleList } from '../../hooks/use-console-list'
import { ADMIN_ROUTES } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

type Correction = ActionOutput<'activity', 'corrections'>['list'][number]

const LINKS = [
  { className: 'admin-corrections__activities', label: '志愿活动', url: ADMIN_ROUTES.activities },
]

/** 时长更正: volunteers' requests to correct a service record, decided here (audited). */
export default function CorrectionsPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.corrections)
  const { list } = useConsoleList(api.activity.corrections, {}, signedIn)

  const decided = (approved: boolean) => {
    Taro.showToast({
      title: approved ? '已同意，时长已更正' : '已不同意，已告知志愿者',
      icon: 'success',
    })
    list.reload()
  }

  return (
    <ConsolePage className="admin-corrections" signedIn={signedIn} title="时长更正" links={LINKS}>
      <View className="card">
        <ConsoleList
          list={list}
          row={(item) => <CorrectionRow key={item.recordId} item={item} onDecided={decided} />}
          empty="没有待处理的更正申请"
          unit="条"
        />
      </View>
    </ConsolePage>
  )
}

type CorrectionRowProps = { item: Correction; onDecided: (approved: boolean) => void }

/** One request: the record as it stands (every field the national rule names), what is asked, why. */
function CorrectionRow({ item, onDecided }: CorrectionRowProps) {
  const asked = item.correction
  return (
    <View className="console-table__row correction-row" data-record-id={item.recordId}>
      <View className="correction-row__record">
        <View className="correction-row__head">
          <Text className="correction-row__volunteer">{item.volunteer}</Text>
          <Text className="correction-row__activity">{item.activityTitle}</Text>
          <Text className="console-table__muted">{ACTIVITY_CATEGORIES[item.category]}</Text>
        </View>
        <Text className="console-table__muted">
          {item.date} · {item.place} · 组织单位 {item.organiser} · 负责人 {item.leader}
        </Text>
        <Text className="console-table__muted correction-row__content">
          服务内容：{item.content}
        </Text>
        <Text className="console-table__muted">记录于 {formatShanghai(item.recordedAt)}</Text>
        <View className="correction-row__ask">
          <Text className="correction-row__hours">
            记录时长 {item.hours} 小时
            {asked ? ` → 申请更正为 ${asked.hours} 小时` : ''}
          </Text>
          {asked ? <Text className="correction-row__reason">理由：{asked.reason}</Text> : null}
        </View>
      </View>
      <View className="correction-row__decision">
        <CorrectionDecision
          recordId={item.recordId}
          askedHours={asked?.hours ?? item.hours}
          onDecided={onDecided}
        />
      </View>
    </View>
  )
}

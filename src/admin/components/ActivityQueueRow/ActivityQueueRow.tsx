import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_STATE_LABELS,
  type ActivitySummary,
} from '../../../../types/activity'
import { ROUTES, activityUrl, withQuery } from '../../../../types/pages'
import { formatShanghai } from '../../../../types/shanghai-time'
import { StatusTag } from '../../../components/StatusTag'
import { ConsoleRow, RowHead } from '../ConsoleRow'
import { activityFormUrl } from '../../routes'
import './ActivityQueueRow.scss'

/** 12-10 09:00–11:30, or both ends in full when it runs past midnight. */
export function activityTime(a: { startAt: string; endAt: string }): string {
  const sameDay = formatShanghai(a.startAt, 'YYYY-MM-DD') === formatShanghai(a.endAt, 'YYYY-MM-DD')
  return `${formatShanghai(a.startAt, 'YYYY-MM-DD HH:mm')}–${formatShanghai(a.endAt, sameDay ? 'HH:mm' : 'MM-DD HH:mm')}`
}

/** One activity in the console's list: what, when, who runs it, places taken, state and flags. */
export function ActivityQueueRow({ activity: a }: { activity: ActivitySummary }) {
  const open = (url: string) => (e: { stopPropagation: () => void }) => {
    e.stopPropagation()
    Taro.navigateTo({ url })
  }
  const editable = a.state === 'upcoming' || a.state === 'ongoing'
  return (
    <ConsoleRow
      block="activity-row"
      data={{ 'activity-id': a.activityId, state: a.state }}
      alert={a.flagged ? 'flagged' : undefined}
      url={activityUrl(a.activityId)}
      main={
        <>
          <RowHead block="activity-row" title={a.title} category={ACTIVITY_CATEGORIES[a.category]}>
            <StatusTag
              block="activity-row__state"
              status={a.state}
              labels={ACTIVITY_STATE_LABELS}
            />
            {a.flagged ? (
              <Text className="console-table__alert activity-row__flag">超期未确认</Text>
            ) : null}
          </RowHead>
          <Text className="console-table__muted activity-row__time">{activityTime(a)}</Text>
          <Text className="console-table__muted activity-row__organiser">
            {a.organiser} · {a.address} · {a.audience}
          </Text>
        </>
      }
    >
      <View className="activity-row__places">
        <Text className="activity-row__signed">
          已报名 {a.confirmed}/{a.capacity} · 候补 {a.waitlisted}
        </Text>
      </View>
      <View className="console-actions activity-row__actions">
        <Text
          className="console-link activity-row__roster"
          onClick={open(withQuery(ROUTES.activityRoster, { id: a.activityId }))}
        >
          名单
        </Text>
        {editable ? (
          <Text
            className="console-link activity-row__edit"
            onClick={open(activityFormUrl(a.activityId))}
          >
            编辑
          </Text>
        ) : null}
        <Text className="console-link activity-row__open">查看 ›</Text>
      </View>
    </ConsoleRow>
  )
}

import { Text, View } from '@tarojs/components'
import type { ComplaintView } from '../../services/complaint'
import { formatShanghai } from '../../../types/shanghai-time'
import './ComplaintTimeline.scss'

export type ComplaintTimelineProps = { entries: ComplaintView['timeline'] }

/** Who did what and when, oldest first, as the viewer may see it. */
export function ComplaintTimeline({ entries }: ComplaintTimelineProps) {
  return (
    <View className="timeline">
      {entries.map((entry, i) => (
        <View key={`${entry.at}-${i}`} className="timeline__item">
          <View className="timeline__dot" />
          <View className="timeline__body">
            <View className="timeline__head">
              <Text className="timeline__action">{entry.action}</Text>
              <Text className="timeline__actor">{entry.actor}</Text>
            </View>
            {entry.note ? <Text className="timeline__note">{entry.note}</Text> : null}
            <Text className="timeline__at">{formatShanghai(entry.at)}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}

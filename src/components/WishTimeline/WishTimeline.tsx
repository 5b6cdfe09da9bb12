import { Text, View } from '@tarojs/components'
import type { WishView } from '../../services/wish'
import { formatShanghai } from '../../../types/shanghai-time'
// The timeline's look is shared with the complaint's.
import '../ComplaintTimeline/ComplaintTimeline.scss'

export type WishTimelineProps = { entries: WishView['timeline'] }

/** Who did what to a wish and when, oldest first, as the viewer may see it. */
export function WishTimeline({ entries }: WishTimelineProps) {
  return (
    <View className="timeline wish-timeline">
      {entries.map((entry, i) => (
        <View key={`${entry.at}-${i}`} className="timeline__item wish-timeline__item">
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

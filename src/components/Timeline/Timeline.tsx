import { Text, View } from '@tarojs/components'
import { formatShanghai } from '../../../types/shanghai-time'
import './Timeline.scss'

/** One step, as a complaint's or a wish's view gives it. */
export type TimelineEntry = { at: string; actor: string; action: string; note: string }

export type TimelineProps = { entries: readonly TimelineEntry[] }

/** Who did what to a complaint or a wish and when, oldest first, as the viewer may see it. */
export function Timeline({ entries }: TimelineProps) {
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

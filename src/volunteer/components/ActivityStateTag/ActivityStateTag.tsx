import { Text } from '@tarojs/components'
import type { ActivityState } from '../../../../types/activity'
import { ACTIVITY_STATE_LABELS } from '../../labels'

/** 未开始 / 进行中 / 已结束 / 已取消, in the tag the activity cards and page share. */
export function ActivityStateTag({ state }: { state: ActivityState }) {
  return (
    <Text className={`activity-state activity-state--${state}`}>
      {ACTIVITY_STATE_LABELS[state]}
    </Text>
  )
}

import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { activityTime } from '../../labels'

export type ActivityHeadProps = {
  /** The page's block class: `roster-page` gives `.roster-page__activity`, `__title`, `__time`. */
  block: string
  activity: { title: string; startAt: string; endAt: string }
  /** What the page adds under the time (places, when the hours were confirmed). */
  children?: ReactNode
}

/** The card at the top of a leader's page: which activity, and when. */
export function ActivityHead({ block, activity: a, children }: ActivityHeadProps) {
  return (
    <View className={`card ${block}__activity`}>
      <Text className={`${block}__title`}>{a.title}</Text>
      <Text className={`${block}__time`}>{activityTime(a.startAt, a.endAt)}</Text>
      {children}
    </View>
  )
}

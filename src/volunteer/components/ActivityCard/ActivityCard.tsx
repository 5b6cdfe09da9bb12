import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { activityUrl } from '../../../../types/pages'
import type { ActivitySummary, MySignUp } from '../../../../types/activity'
import { StoredImage } from '../../../components/StoredImage'
import { ACTIVITY_CATEGORIES, activityTime, myStatusText, placesText } from '../../labels'
import { ActivityStateTag } from '../ActivityStateTag'
import './ActivityCard.scss'

/** Opens an activity's page from its card. */
export const openActivity = (activityId: string) =>
  Taro.navigateTo({ url: activityUrl(activityId) })

export type ActivityCardProps = {
  activity: ActivitySummary
  /** The viewer's own sign-up, on 我的志愿. */
  mine?: MySignUp
}

/** One activity in a list: title, category, time, place, places left, organiser and state. */
export function ActivityCard({ activity: a, mine }: ActivityCardProps) {
  return (
    <View
      className={`activity-card activity-card--${a.state}`}
      data-activity-id={a.activityId}
      onClick={() => openActivity(a.activityId)}
    >
      <View className="activity-card__main">
        <View className="activity-card__text">
          <View className="activity-card__head">
            <Text className="activity-card__title">{a.title}</Text>
            <ActivityStateTag state={a.state} />
          </View>
          <Text className="activity-card__category">{ACTIVITY_CATEGORIES[a.category]}</Text>
          <Text className="activity-card__time">{activityTime(a.startAt, a.endAt)}</Text>
          <Text className="activity-card__place">{a.address}</Text>
        </View>
        {a.cover ? <StoredImage className="activity-card__cover" fileId={a.cover} /> : null}
      </View>
      <View className="activity-card__foot">
        <Text className="activity-card__places">{placesText(a)}</Text>
        <Text className="activity-card__organiser">{a.organiser}</Text>
      </View>
      {mine ? <Text className="activity-card__mine">我的状态：{myStatusText(mine)}</Text> : null}
    </View>
  )
}

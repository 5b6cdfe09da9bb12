import { Text, View } from '@tarojs/components'
import type { PublicReview, RatingSummary as Summary } from '../../../types/shop'
import { formatShanghai } from '../../../types/shanghai-time'
import { starText } from '../IntegrityBadge'
import './RatingSummary.scss'

export type RatingSummaryProps = { summary: Summary; reviews: PublicReview[] }

/** Customers' ratings: average, count, a bar per star and the latest reviews. */
export function RatingSummary({ summary, reviews }: RatingSummaryProps) {
  const max = Math.max(1, ...summary.distribution)
  return (
    <View className="rating-summary">
      <View className="rating-summary__head">
        <Text className="rating-summary__average">
          {summary.count ? summary.average.toFixed(1) : '—'}
        </Text>
        <Text className="rating-summary__count">{summary.count} 条评价</Text>
      </View>
      <View className="rating-summary__bars">
        {[5, 4, 3, 2, 1].map((stars) => {
          const n = summary.distribution[stars - 1] ?? 0
          return (
            <View key={stars} className="rating-summary__bar-row" data-stars={stars}>
              <Text className="rating-summary__bar-label">{stars} 星</Text>
              <View className="rating-summary__bar">
                <View
                  className="rating-summary__bar-fill"
                  style={{ width: `${Math.round((n / max) * 100)}%` }}
                />
              </View>
              <Text className="rating-summary__bar-count">{n}</Text>
            </View>
          )
        })}
      </View>
      {reviews.length ? (
        <View className="reviews">
          {reviews.map((review, i) => (
            <View key={`${review.createdAt}-${i}`} className="review">
              <View className="review__head">
                <Text className="review__author">{review.author}</Text>
                <Text className="review__stars">{starText(review.stars)}</Text>
                <Text className="review__date">
                  {formatShanghai(review.createdAt, 'YYYY-MM-DD')}
                </Text>
              </View>
              {review.tags.length ? (
                <Text className="review__tags">{review.tags.join(' · ')}</Text>
              ) : null}
              {review.text ? <Text className="review__text">{review.text}</Text> : null}
            </View>
          ))}
        </View>
      ) : (
        <Text className="rating-summary__empty">还没有评价，来做第一个评价的人吧</Text>
      )}
    </View>
  )
}

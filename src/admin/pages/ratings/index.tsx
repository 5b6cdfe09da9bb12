import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ConsoleShell } from '../../components/ConsoleShell'
import { starText } from '../../../components/IntegrityBadge'
import { useAction } from '../../../hooks/use-action'
import { api } from '../../../services/call-function'
import { formatShanghai } from '../../../../types/shanghai-time'
import type { ActionOutput } from '../../../../types/api'
import { ConsoleList } from '../../components/ConsoleList'
import { useConsoleList } from '../../hooks/use-console-list'
import { ADMIN_ROUTES } from '../../routes'
import '../../console.scss'
import './index.scss'
import { useConsoleGate } from '../../hooks/use-console-gate'

type HeldRating = ActionOutput<'rating', 'held'>['list'][number]

export default function HeldRatingsPage() {
  const signedIn = useConsoleGate(ADMIN_ROUTES.ratings)
  const { list: held } = useConsoleList(api.rating.held, {}, signedIn)
  const review = useAction(api.rating.reviewHeld)
  const [reviewing, setReviewing] = useState<string>()

  const decide = async (rating: HeldRating, approve: boolean) => {
    setReviewing(rating.ratingId)
    const done = await review.run({ ratingId: rating.ratingId, approve })
    setReviewing(undefined)
    if (!done) return
    Taro.showToast({ title: approve ? '已计入' : '已舍弃', icon: 'success' })
    // The reviewed rating leaves the queue; the page may now be past the end.
    if (held.data?.list.length === 1 && held.page > 1) held.setPage(held.page - 1)
    else held.reload()
  }

  if (!signedIn) return <ConsoleShell className="held-ratings" />

  return (
    <ConsoleShell className="held-ratings">
      <Text className="section__title">评价审核</Text>
      <Text className="held-ratings__intro">
        短时间内针对同一店铺的集中评价不会立即影响诚信分，需审核后决定计入还是舍弃。
      </Text>
      <View className="section card">
        <ConsoleList
          list={held}
          row={(rating) => (
            <HeldRatingRow
              key={rating.ratingId}
              rating={rating}
              reviewing={review.pending ? reviewing : undefined}
              onDecide={decide}
            />
          )}
          empty="没有待审核的评价"
          unit="条"
        />
      </View>
    </ConsoleShell>
  )
}

type HeldRatingRowProps = {
  rating: HeldRating
  /** The rating whose decision is being sent, if any: every row waits for it. */
  reviewing: string | undefined
  onDecide: (rating: HeldRating, approve: boolean) => void
}

function HeldRatingRow({ rating, reviewing, onDecide }: HeldRatingRowProps) {
  return (
    <View className="console-table__row held-rating" data-rating-id={rating.ratingId}>
      <View className="held-rating__main">
        <Text className="held-rating__shop">{rating.shopName}</Text>
        <Text className="held-rating__stars">{starText(rating.stars)}</Text>
        <Text className="held-rating__text">{rating.text || '（未填写文字）'}</Text>
        <Text className="console-table__muted">{formatShanghai(rating.createdAt)}</Text>
      </View>
      <View className="console-actions">
        <Button
          className="held-rating__approve"
          size="small"
          type="primary"
          disabled={!!reviewing}
          loading={reviewing === rating.ratingId}
          onClick={() => onDecide(rating, true)}
        >
          计入
        </Button>
        <Button
          className="held-rating__discard"
          size="small"
          disabled={!!reviewing}
          onClick={() => onDecide(rating, false)}
        >
          舍弃
        </Button>
      </View>
    </View>
  )
}

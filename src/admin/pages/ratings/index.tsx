import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { PageShell } from '../../../components/PageShell'
import { starText } from '../../../components/IntegrityBadge'
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews'
import { useAction } from '../../../hooks/use-action'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import { heldRatings, reviewHeldRating, type HeldRating } from '../../../services/rating'
import { formatShanghai } from '../../../utils/format'
import { AdminPager } from '../../components/AdminPager'
import { ADMIN_ROUTES } from '../../routes'
import '../../console.scss'
import './index.scss'

const PAGE_SIZE = 20

export default function HeldRatingsPage() {
  const signedIn = useRequireSignIn(ADMIN_ROUTES.ratings)
  const [page, setPage] = useState(1)
  const held = useRemoteData(() => heldRatings({ page, pageSize: PAGE_SIZE }), [page], signedIn)
  const review = useAction(reviewHeldRating)
  const [reviewing, setReviewing] = useState<string>()

  const decide = async (rating: HeldRating, approve: boolean) => {
    setReviewing(rating.ratingId)
    const done = await review.run(rating.ratingId, approve)
    setReviewing(undefined)
    if (!done) return
    Taro.showToast({ title: approve ? '已计入' : '已舍弃', icon: 'success' })
    // The reviewed rating leaves the queue; the page may now be past the end.
    if (held.data?.list.length === 1 && page > 1) setPage(page - 1)
    else held.reload()
  }

  if (!signedIn)
    return (
      <PageShell className="held-ratings" width="wide">
        {null}
      </PageShell>
    )

  return (
    <PageShell className="held-ratings" width="wide">
      <Text className="section__title">评价审核</Text>
      <Text className="held-ratings__intro">
        短时间内针对同一店铺的集中评价不会立即影响诚信分，需审核后决定计入还是舍弃。
      </Text>
      <View className="section card">
        {held.loading ? <LoadingState /> : null}
        {held.error ? (
          <ErrorState
            code={held.error.code}
            message={held.error.message}
            onRetry={held.error.code === 'FORBIDDEN' ? undefined : held.reload}
          />
        ) : null}
        {!held.loading && held.data?.list.length === 0 ? (
          <EmptyState text="没有待审核的评价" />
        ) : null}
        {!held.loading
          ? held.data?.list.map((rating) => (
              <View
                key={rating.ratingId}
                className="console-table__row held-rating"
                data-rating-id={rating.ratingId}
              >
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
                    disabled={review.pending}
                    loading={reviewing === rating.ratingId && review.pending}
                    onClick={() => decide(rating, true)}
                  >
                    计入
                  </Button>
                  <Button
                    className="held-rating__discard"
                    size="small"
                    disabled={review.pending}
                    onClick={() => decide(rating, false)}
                  >
                    舍弃
                  </Button>
                </View>
              </View>
            ))
          : null}
        {held.data ? (
          <AdminPager
            page={page}
            pageSize={PAGE_SIZE}
            total={held.data.total}
            unit="条"
            onChange={setPage}
          />
        ) : null}
      </View>
    </PageShell>
  )
}

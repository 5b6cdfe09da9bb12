import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { PageShell } from '../../../components/PageShell'
import { ErrorState, LoadingState } from '../../../components/StateViews'
import { WishDetail } from '../../../components/WishDetail'
import { useRemoteData } from '../../../hooks/use-remote-data'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import type { ApiError } from '../../../services/api-error'
import { getWish, type WishView } from '../../../services/wish'
import { readParam } from '../../../utils/params'
import { WishActions } from '../../components/WishActions'
import { adminWishUrl } from '../../routes'
import '../../console.scss'
import './index.scss'

/**
 * A wish the caller may not see is, for a secretary, one outside her branches: say so plainly
 * rather than 心愿不存在.
 */
function loadErrorMessage(error: ApiError): string {
  if (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN') {
    return '找不到这个心愿，或它不属于您所辖的党支部，您无权查看和审核'
  }
  return error.message
}

/** One wish for the committee (or its branch's secretary): all of it, and what to do next. */
export default function AdminWishPage() {
  const { params } = useRouter()
  const wishId = readParam(params.id)
  const signedIn = useRequireSignIn(adminWishUrl(wishId))
  const loaded = useRemoteData(() => getWish(wishId), [wishId], signedIn && !!wishId)
  // Each action replies with the wish as it now stands; show that instead of reloading.
  const [wish, setWish] = useState<WishView>()
  useEffect(() => setWish(loaded.data), [loaded.data])

  const changed = (next: WishView, message: string) => {
    setWish(next)
    Taro.showToast({ title: message, icon: 'success' })
  }

  if (!signedIn) return <PageShell className="admin-wish" width="wide" />
  if (!wishId) {
    return (
      <PageShell className="admin-wish" width="wide">
        <ErrorState message="缺少心愿编号" />
      </PageShell>
    )
  }

  return (
    <PageShell className="admin-wish" width="wide">
      {loaded.loading ? <LoadingState /> : null}
      {loaded.error ? (
        <ErrorState message={loadErrorMessage(loaded.error)} onRetry={loaded.reload} />
      ) : null}
      {wish ? (
        <View className="admin-wish__layout" data-status={wish.status}>
          <View className="admin-wish__main">
            <WishDetail wish={wish} />
          </View>
          <View className="admin-wish__side">
            <View className="card">
              <Text className="section__title">办理</Text>
              <WishActions wish={wish} onChanged={changed} />
            </View>
          </View>
        </View>
      ) : null}
    </PageShell>
  )
}

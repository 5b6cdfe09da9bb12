import { useRouter } from '@tarojs/taro'
import { WishDetail } from '../../../components/WishDetail'
import { useRequireSignIn } from '../../../hooks/use-require-sign-in'
import type { ApiError } from '../../../services/api-error'
import { getWish } from '../../../services/wish'
import { readParam } from '../../../utils/params'
import { CasePage } from '../../components/CasePage'
import { WishActions } from '../../components/WishActions'
import { useCase } from '../../hooks/use-case'
import { adminWishUrl } from '../../routes'
import '../../console.scss'

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
  const wish = useCase(getWish, wishId, signedIn)

  return (
    <CasePage
      className="admin-wish"
      signedIn={signedIn}
      missingId={wishId ? undefined : '缺少心愿编号'}
      item={wish}
      errorMessage={loadErrorMessage}
      status={(w) => w.status}
      main={(w) => <WishDetail wish={w} />}
      actions={(w) => <WishActions wish={w} onChanged={wish.changed} />}
    />
  )
}

import { WishDetail } from '../../../components/WishDetail'
import { api } from '../../../services/call-function'
import { CasePage } from '../../components/CasePage'
import { WishActions } from '../../components/WishActions'
import { useCase } from '../../hooks/use-case'
import { adminWishUrl } from '../../routes'
import '../../console.scss'

/**
 * A wish the caller may not see is, for a secretary, one outside her branches: say so plainly
 * rather than 心愿不存在.
 */
const NOT_HERS = '找不到这个心愿，或它不属于您所辖的党支部，您无权查看和审核'
const LOAD_ERRORS = { NOT_FOUND: NOT_HERS, FORBIDDEN: NOT_HERS }

/** One wish for the committee (or its branch's secretary): all of it, and what to do next. */
export default function AdminWishPage() {
  const wish = useCase(adminWishUrl, (wishId) => api.wish.get({ wishId }))

  return (
    <CasePage
      className="admin-wish"
      item={wish}
      missingId="缺少心愿编号"
      errorMessages={LOAD_ERRORS}
      status={(w) => w.status}
      main={(w) => <WishDetail wish={w} />}
      actions={(w) => <WishActions wish={w} onChanged={wish.changed} />}
    />
  )
}

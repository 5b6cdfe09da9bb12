import { useRouter } from '@tarojs/taro'
import { withShop } from '../constants/routes'
import { api } from '../services/call-function'
import { readParam } from '../utils/params'
import { useRemoteData } from './use-remote-data'
import { useRequireSignIn } from './use-require-sign-in'
import { useSignInOrHandover } from './use-sign-in-or-handover'

/**
 * For pages about one shop (`?shopId=`): its id, and whether the page may load, after sending a
 * visitor to sign in and back to this same shop.
 */
export function useShopParam(route: string): { shopId: string; signedIn: boolean } {
  const { params } = useRouter()
  const shopId = readParam(params.shopId)
  const signedIn = useRequireSignIn(withShop(route, shopId))
  return { shopId, signedIn }
}

/**
 * For pages where a shopper acts on one shop (评价, 投诉): its id, how the page meets its visitor
 * (outside the demo an h5 visitor is handed over to the mini-program, useSignInOrHandover), and the
 * shop itself. The card is public: a visitor handed over still sees which shop it is.
 */
export function useShopAction(route: string) {
  const { params } = useRouter()
  const shopId = readParam(params.shopId)
  const visitor = useSignInOrHandover(withShop(route, shopId))
  const shop = useRemoteData(
    () => api.shop.get({ shopId }),
    [shopId],
    visitor !== 'checking' && !!shopId,
  )
  return { shopId, visitor, signedIn: visitor === 'signed-in', shop }
}

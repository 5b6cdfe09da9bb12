import { useRouter } from '@tarojs/taro'
import { withShop } from '../constants/routes'
import { readParam } from '../utils/params'
import { useRequireSignIn } from './use-require-sign-in'

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

import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { isSignedIn } from '../services/session'
import { loginUrl } from '../constants/routes'

/**
 * For pages that need an identity: on h5 without a token, go to the login page and come back to
 * `returnTo` afterwards. Returns whether the page may load its data.
 */
export function useRequireSignIn(returnTo: string): boolean {
  const signedIn = isSignedIn()
  useEffect(() => {
    if (!signedIn) Taro.redirectTo({ url: loginUrl(returnTo) })
  }, [signedIn, returnTo])
  return signedIn
}

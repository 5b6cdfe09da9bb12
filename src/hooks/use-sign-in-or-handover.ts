import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { isDemoMode, isSignedIn } from '../services/session'
import { loginUrl } from '../constants/routes'

/**
 * Whether the h5 app is the local demo (true), not (false), or not known yet (undefined); asked
 * only when `ask`, so weapp and signed-in visitors never ask.
 */
export function useDemoMode(ask: boolean): boolean | undefined {
  const [demo, setDemo] = useState<boolean>()
  useEffect(() => {
    if (!ask) return
    let current = true
    void isDemoMode().then((answer) => current && setDemo(answer))
    return () => {
      current = false
    }
  }, [ask])
  return ask ? demo : undefined
}

/** How a page where one acts meets its visitor. */
export type Visitor =
  /** On weapp, or signed in on h5: the page as it is. */
  | 'signed-in'
  /** On h5 without a token, while asking whether this is the demo (or leaving for its sign-in). */
  | 'checking'
  /** On h5 without a token outside the demo: 请在微信中继续. */
  | 'handover'

/**
 * For pages where one acts (评价, 投诉, 党员报到, 认领): a signed-in visitor stays; on h5 without a
 * token the demo sends the visitor to its persona sign-in and back to `returnTo`, and elsewhere,
 * where nobody can sign in on the web, the page hands the visitor over to the mini-program.
 */
export function useSignInOrHandover(returnTo: string): Visitor {
  const signedIn = isSignedIn()
  const demo = useDemoMode(!signedIn)
  useEffect(() => {
    if (demo) Taro.redirectTo({ url: loginUrl(returnTo) })
  }, [demo, returnTo])
  if (signedIn) return 'signed-in'
  return demo === false ? 'handover' : 'checking'
}

import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { useRequireSignIn } from '../../hooks/use-require-sign-in'
import { showError } from '../../hooks/use-action'
import { ADMIN_ROUTES, withQuery } from '../../../types/pages'
import { mayOpen } from '../access'
import { useConsoleUser } from './use-console-user'

/**
 * For every console page: signs in first, then lets the page load only for the roles it is for
 * (src/admin/access.ts); anyone else is taken to a page that says so and offers the way home.
 * Returns whether the page may load its data.
 */
export function useConsoleGate(url: string): boolean {
  const signedIn = useRequireSignIn(url)
  const { me } = useConsoleUser(signedIn)
  const roles = me.data?.roles
  const allowed = !!roles && mayOpen(url, roles)
  // A session ended elsewhere (idle, or 退出所有电脑 on the phone): sign in again.
  useEffect(() => {
    if (me.error?.code === 'UNAUTHENTICATED') showError(me.error)
  }, [me.error])
  useEffect(() => {
    if (roles && !allowed) Taro.redirectTo({ url: withQuery(ADMIN_ROUTES.noAccess, { page: url }) })
  }, [roles, allowed, url])
  return signedIn && allowed
}

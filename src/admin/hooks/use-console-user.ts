import { useRemoteData } from '../../hooks/use-remote-data'
import { api } from '../../services/call-function'

/**
 * Who is using the console: the committee (商圈党委管理员) sees everything, a branch secretary her
 * own branches'. Both are false until the caller is loaded.
 */
export function useConsoleUser(signedIn: boolean) {
  const me = useRemoteData(api.user.me, [], signedIn)
  const roles = me.data?.roles ?? []
  return { me, committee: roles.includes('admin'), secretary: roles.includes('secretary') }
}

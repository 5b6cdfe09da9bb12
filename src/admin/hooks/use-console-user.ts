import { useRemoteData } from '../../hooks/use-remote-data'
import { getMe } from '../../services/user'

/**
 * Who is using the console: the committee (商圈党委管理员) sees everything, a branch secretary her
 * own branches'. Both are false until the caller is loaded.
 */
export function useConsoleUser(signedIn: boolean) {
  const me = useRemoteData(getMe, [], signedIn)
  const roles = me.data?.roles ?? []
  return { me, committee: roles.includes('admin'), secretary: roles.includes('secretary') }
}

// 扫码登录 on h5: signing this browser out ends its session on the server as well.
import { api } from './call-function'
import { signOut as forgetToken } from './session'

/** Ends this browser's session on the server too (a scan sign-in), then forgets the token. */
export async function signOutHere(): Promise<void> {
  try {
    await api.auth.signOut()
  } catch {
    // Signed out here either way; an unreachable server still ends the session when it goes idle.
  }
  forgetToken()
}

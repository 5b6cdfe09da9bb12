// 扫码登录: the desktop asks for a code and polls it; the phone confirms and manages its desktops.
import { actionCaller } from './call-function'
import { signOut as forgetToken } from './session'

export const requestLogin = actionCaller('auth', 'requestLogin')

export const pollLogin = actionCaller('auth', 'pollLogin', (requestId: string) => ({ requestId }))

export const inspectLogin = actionCaller('auth', 'inspectLogin', (requestId: string) => ({
  requestId,
}))

export const confirmLogin = actionCaller('auth', 'confirmLogin')

export const webSessions = actionCaller('auth', 'sessions')

export const signOutEverywhere = actionCaller('auth', 'signOutEverywhere')

/** Ends this browser's session on the server too (a scan sign-in), then forgets the token. */
export async function signOutHere(): Promise<void> {
  try {
    await callSignOut()
  } catch {
    // Signed out here either way; an unreachable server still ends the session when it goes idle.
  }
  forgetToken()
}

const callSignOut = actionCaller('auth', 'signOut')

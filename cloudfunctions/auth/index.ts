// 扫码登录: web sign-in for the committee and secretaries, confirmed on the phone; and the public
// web's hand-over to the mini-program for anything that needs a WeChat identity.
import { createMain } from '../../server/kernel/router'
import {
  confirmLogin,
  inspectLogin,
  miniProgramLink,
  pollLogin,
  requestLogin,
  sessions,
  signOut,
  signOutEverywhere,
} from './handlers'

export const main = createMain('auth', {
  requestLogin,
  inspectLogin,
  confirmLogin,
  pollLogin,
  sessions,
  signOut,
  signOutEverywhere,
  miniProgramLink,
})

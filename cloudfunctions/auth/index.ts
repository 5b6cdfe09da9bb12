// 扫码登录: web sign-in for the committee and secretaries, confirmed on the phone.
import { createMain } from '../../server/kernel/router'
import {
  confirmLogin,
  inspectLogin,
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
})

import type { PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import './app.scss'

// Once, when the app loads: before onLaunch and before any page's first call. (useLaunch would run
// only after React mounts the App, which can be after a page has already called a function.)
// h5 talks HTTP to the gateway and needs no init.
if (process.env.TARO_ENV === 'weapp') {
  // An empty env id means “the environment this mini-program runs in” (a symbol, untyped).
  const cloud = Taro.cloud as typeof Taro.cloud & { DYNAMIC_CURRENT_ENV?: string }
  cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || cloud.DYNAMIC_CURRENT_ENV, traceUser: true })
}

function App({ children }: PropsWithChildren) {
  // children are the pages being rendered
  return children
}

export default App

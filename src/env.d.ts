/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony'
    /** h5: where the HTTP gateway lives; empty means the app's own origin. */
    TARO_APP_API_BASE: string
    /** weapp: CloudBase environment id; empty means the environment the mini-program runs in. */
    TARO_APP_CLOUD_ENV: string
  }
}

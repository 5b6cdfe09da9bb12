import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { ConfigProvider } from '@nutui/nutui-react-taro'
import { NUTUI_THEME } from '../../constants/theme'
import './PageShell.scss'

export type PageShellProps = {
  className?: string
  /** `wide` caps the width for desktop pages (the committee console). */
  width?: 'narrow' | 'wide'
  /** Nothing yet while the sign-in check redirects. */
  children?: ReactNode
}

/**
 * The root of every page. The theme provider sits here, not in the App, because on weapp each page
 * renders in its own tree and CSS variables set above it would not reach it.
 */
export function PageShell({ className, width = 'narrow', children }: PageShellProps) {
  return (
    <ConfigProvider theme={NUTUI_THEME}>
      <View className={`page page--${width}${className ? ` ${className}` : ''}`}>{children}</View>
    </ConfigProvider>
  )
}

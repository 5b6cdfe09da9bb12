import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'

export type ConsoleToolbarProps = {
  title: string
  /** The page's buttons, at the end of the bar. */
  children: ReactNode
}

/** A console page's title with its buttons (新建, 导入, 导出…) on the same line. */
export function ConsoleToolbar({ title, children }: ConsoleToolbarProps) {
  return (
    <View className="console-toolbar">
      <Text className="section__title console-toolbar__title">{title}</Text>
      <View className="console-toolbar__grow" />
      {children}
    </View>
  )
}

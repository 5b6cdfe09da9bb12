import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { LinkButton } from '../../../components/LinkButton'

/** A button on the toolbar that opens another console page. */
export type ToolbarLink = { className: string; label: string; url: string; primary?: boolean }

export type ConsoleToolbarProps = {
  title: string
  /** Pages to open from here, first on the bar. */
  links?: readonly ToolbarLink[]
  /** The page's own buttons (导出, 巡检…), after the links. */
  children?: ReactNode
}

/** A console page's title with its links and buttons on the same line. */
export function ConsoleToolbar({ title, links = [], children }: ConsoleToolbarProps) {
  return (
    <View className="console-toolbar">
      <Text className="section__title console-toolbar__title">{title}</Text>
      <View className="console-toolbar__grow" />
      {links.map((link) => (
        <LinkButton
          key={link.url}
          className={link.className}
          type={link.primary ? 'primary' : 'default'}
          size="small"
          url={link.url}
        >
          {link.label}
        </LinkButton>
      ))}
      {children}
    </View>
  )
}

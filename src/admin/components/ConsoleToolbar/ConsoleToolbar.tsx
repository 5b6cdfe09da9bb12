import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'

/** A button on the toolbar that opens another console page. */
export type ToolbarLink = { className: string; label: string; url: string; primary?: boolean }

/** A button on the toolbar that does something here (导出, 巡检…). */
export type ToolbarButton = {
  className: string
  label: string
  onClick: () => void
  primary?: boolean
  /** Busy while the action it started runs. */
  pending?: boolean
}

export type ConsoleToolbarProps = {
  title: string
  /** Pages to open from here, first on the bar. */
  links?: readonly ToolbarLink[]
  /** The page's own buttons, after the links. */
  buttons?: readonly ToolbarButton[]
}

/** A link is a button that opens its page. */
function linkButton({ url, ...link }: ToolbarLink): ToolbarButton {
  return { ...link, onClick: () => Taro.navigateTo({ url }) }
}

/** A console page's title with its links and buttons on the same line. */
export function ConsoleToolbar({ title, links = [], buttons = [] }: ConsoleToolbarProps) {
  return (
    <View className="console-toolbar">
      <Text className="section__title console-toolbar__title">{title}</Text>
      <View className="console-toolbar__grow" />
      {[...links.map(linkButton), ...buttons].map((button) => (
        <Button
          key={button.className}
          className={button.className}
          type={button.primary ? 'primary' : 'default'}
          size="small"
          loading={button.pending}
          onClick={button.onClick}
        >
          {button.label}
        </Button>
      ))}
    </View>
  )
}

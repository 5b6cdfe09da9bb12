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

/** What a toolbar button is, apart from what it does. */
export type ToolbarButtonLook = Pick<ToolbarButton, 'className' | 'label' | 'primary'>

/** A button that runs `action` with `args` and is busy while it runs (导出台账, 下载海报). */
export function actionButton<Args extends unknown[]>(
  look: ToolbarButtonLook,
  action: { pending: boolean; run: (...args: Args) => unknown },
  ...args: Args
): ToolbarButton {
  return { ...look, pending: action.pending, onClick: () => void action.run(...args) }
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

import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'

export type CopyableTextProps = { className: string; text: string }

/** Text that a tap copies to the clipboard, e.g. a shop code's address. */
export function CopyableText({ className, text }: CopyableTextProps) {
  return (
    <Text className={className} onClick={() => Taro.setClipboardData({ data: text })}>
      {text}
    </Text>
  )
}

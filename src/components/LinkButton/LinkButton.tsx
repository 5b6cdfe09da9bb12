import type { ComponentProps } from 'react'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'

export type LinkButtonProps = Omit<ComponentProps<typeof Button>, 'onClick'> & {
  /** The page the button opens. */
  url: string
}

/** A button that opens a page (许个心愿, 我的心愿, 发布资源…). */
export function LinkButton({ url, ...button }: LinkButtonProps) {
  return <Button {...button} onClick={() => Taro.navigateTo({ url })} />
}

import type { ComponentProps } from 'react'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ROUTES } from '../../constants/routes'

export type HomeButtonProps = Omit<ComponentProps<typeof Button>, 'onClick' | 'children'>

/** 返回商圈首页: the way out of a dead end, leaving the pages behind it (reLaunch). */
export function HomeButton(props: HomeButtonProps) {
  return (
    <Button type="primary" {...props} onClick={() => Taro.reLaunch({ url: ROUTES.home })}>
      返回商圈首页
    </Button>
  )
}

import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'

export type ConsoleRowProps = {
  /** The row's block class, e.g. `wish-row`. */
  block: string
  /** `data-*` attributes that name the row's item, e.g. `{ 'wish-id': id, status }`. */
  data: Record<string, string>
  /** A flag that marks the row in red, e.g. `overdue` gives `<block>--overdue`. */
  alert?: string
  /** The item's page, opened by a tap anywhere on the row. */
  url: string
  children: ReactNode
}

/** One item of a console list that opens the item's page. */
export function ConsoleRow({ block, data, alert, url, children }: ConsoleRowProps) {
  const attributes = Object.fromEntries(
    Object.entries(data).map(([key, value]) => [`data-${key}`, value]),
  )
  return (
    <View
      className={`console-table__row ${block}${alert ? ` console-table__row--alert ${block}--${alert}` : ''}`}
      {...attributes}
      onClick={() => Taro.navigateTo({ url })}
    >
      {children}
    </View>
  )
}

import { useContext, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { RowOpenerContext } from '../../desk-detail'
import './ConsoleRow.scss'

export type ConsoleRowProps = {
  /** The row's block class, e.g. `wish-row`: its parts get `<block>__main`, `<block>__open`. */
  block: string
  /** `data-*` attributes that name the row's item, e.g. `{ 'wish-id': id, status }`. */
  data: Record<string, string>
  /** A flag that marks the row in red, e.g. `overdue` gives `<block>--overdue`. */
  alert?: string
  /** The item's page, opened by a tap anywhere on the row (beside the list, at a desk). */
  url: string
  /** The first, widest column: what the item is (usually a RowHead and a line or two under it). */
  main: ReactNode
  /** What the link at the row's end says (审核, 处理); none for a row with links of its own. */
  open?: string
  /** The narrower columns after the main one. */
  children?: ReactNode
}

/** One item of a console list that opens the item's page. */
export function ConsoleRow({ block, data, alert, url, main, open, children }: ConsoleRowProps) {
  const attributes = Object.fromEntries(
    Object.entries(data).map(([key, value]) => [`data-${key}`, value]),
  )
  const opener = useContext(RowOpenerContext)
  const selected = opener?.selected === url ? ' console-row--selected' : ''
  return (
    <View
      className={`console-table__row console-row ${block}${alert ? ` console-table__row--alert ${block}--${alert}` : ''}${selected}`}
      {...attributes}
      onClick={() => (opener ? opener.open(url) : Taro.navigateTo({ url }))}
    >
      <View className={`console-row__main ${block}__main`}>{main}</View>
      {children}
      {open ? <Text className={`console-link ${block}__open`}>{open} ›</Text> : null}
    </View>
  )
}

export type RowHeadProps = {
  /** The row's block class: gives `<block>__head`, `<block>__title`, `<block>__category`. */
  block: string
  title: string
  /** The title's part name when `title` says otherwise, e.g. `shop` gives `<block>__shop`. */
  titleName?: string
  category?: string
  /** Tags after the category: status, flags. */
  children?: ReactNode
}

/** A console row's first line: what the item is called, its category, then its tags. */
export function RowHead({ block, title, titleName = 'title', category, children }: RowHeadProps) {
  return (
    <View className={`console-row__head ${block}__head`}>
      <Text className={`console-row__title ${block}__${titleName}`}>{title}</Text>
      {category ? (
        <Text className={`console-row__category ${block}__category`}>{category}</Text>
      ) : null}
      {children}
    </View>
  )
}
